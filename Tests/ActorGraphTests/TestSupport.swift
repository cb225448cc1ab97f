import Foundation
import Testing
@testable import ActorGraph

/// The package's root directory, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// The bundled graph, loaded once.
let bundledGraph: TemporalGraph = {
    do {
        return try GraphLoader.load(path: packageRoot.appendingPathComponent("Graphs/central-asia-2001.yaml").path)
    } catch {
        fatalError("the bundled graph does not load: \(error)")
    }
}()

/// A day from its parts; test input is always valid.
func day(_ year: Int, _ month: Int, _ dayOfMonth: Int) -> Day {
    Day(year: year, month: month, day: dayOfMonth)!
}

/// A partial date from text; test input is always valid.
func date(_ text: String) -> PartialDate {
    try! PartialDate(parsing: text)
}

/// A date expression from text; test input is always valid.
func dated(_ text: String) -> DateExpression {
    try! DateExpression(parsing: text)
}

/// The diagnostics from loading `text` as a file with the given extension.
func diagnostics(loading text: String, as fileExtension: String, file: String = "input") -> [String] {
    do {
        _ = try GraphLoader.load(bytes: Array(text.utf8), file: "\(file).\(fileExtension)", extension: fileExtension)
        return []
    } catch {
        return error.diagnostics.map(\.description)
    }
}
