import ActorGraph
import Foundation

/// The bundled graph and the test fixtures, found from this file's path.
enum BundledGraph {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func load() throws -> TemporalGraph {
        try GraphLoader.load(path: repositoryRoot.appendingPathComponent("Graphs/central-asia-2001.yaml").path)
    }

    static func day(_ text: String) -> Day {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        return Day(year: parts[0], month: parts[1], day: parts[2]) ?? Day(number: 0)
    }

    static func fixture(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try String(contentsOf: url, encoding: .utf8)
    }
}
