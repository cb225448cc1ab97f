@_exported import ActorGraphTestSupport
import Foundation
import Testing
@testable import ActorGraph

/// The diagnostics from loading `text` as a file with the given extension.
func diagnostics(loading text: String, as fileExtension: String, file: String = "input") -> [String] {
    do {
        _ = try GraphLoader.load(bytes: Array(text.utf8), file: "\(file).\(fileExtension)", extension: fileExtension)
        return []
    } catch {
        return error.diagnostics.map(\.description)
    }
}
