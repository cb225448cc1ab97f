import ActorGraph
import ActorGraphInterchange
import Foundation

/// One reader a fuzzing run feeds, and what it does with each input: every input must come
/// back as a graph or a diagnostic. A crash, a trap, a hang (libFuzzer's `-timeout`) or a
/// memory blow-up (`-rss_limit_mb`) is what the run looks for.
enum FuzzTarget: String, CaseIterable {
    /// The ActorGraph schema as YAML, through the loader every command uses.
    case yaml
    /// The ActorGraph schema as JSON.
    case json
    /// A CSV edge list, and the same bytes as a node table and as a kind table.
    case csv
    /// GraphML, through libxml2's reader.
    case graphml
    /// GEXF, through libxml2's reader.
    case gexf
    /// GDELT 2.0 event export lines, imported as `import-events --format gdelt` would.
    case gdelt
    /// ICEWS event lines, with their header.
    case icews
    /// ACLED export records (comma-separated, quoted), with their header.
    case acled
    /// One date expression a line (plain, EDTF ranges, relative dates and vague words),
    /// parsed, then solved together as the starts of relations that may name each other.
    case dates

    /// The target the running program feeds; set once, before libFuzzer starts.
    nonisolated(unsafe) static var selected = FuzzTarget.yaml

    /// Feeds `bytes` to the reader; what it returns or throws does not matter, only that it returns.
    func run(_ bytes: [UInt8]) {
        switch self {
        case .yaml, .json, .csv, .graphml, .gexf:
            guard let format = InterchangeFormat(rawValue: rawValue) else { return }
            _ = try? InterchangeLoader.load(bytes: bytes, file: Self.scratchPath("fuzz.\(rawValue)"), format: format)
            if self == .csv {
                _ = try? NodeTable.read(bytes: bytes, file: "fuzz.nodes.csv")
                _ = try? KindTable.read(bytes: bytes, file: "fuzz.kinds.csv")
            }
        case .gdelt, .icews, .acled:
            guard let format = EventFormat(rawValue: rawValue) else { return }
            let path = Self.scratchPath(["gdelt": "fuzz.export.CSV", "icews": "fuzz.tab"][rawValue] ?? "fuzz.csv")
            guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { return }
            _ = try? EventImporter.importEvents(path: path, options: EventImportOptions(format: format))
        case .dates:
            Self.solveDates(String(decoding: bytes, as: UTF8.self))
        }
    }

    /// A path in a directory of this process's own, beside which no node or kind table lies.
    private static func scratchPath(_ name: String) -> String {
        scratchDirectory.appendingPathComponent(name).path
    }

    private static let scratchDirectory: URL = {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("actorgraph-fuzz-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }()

    private static func solveDates(_ text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(64)
        var relations: [Relation] = []
        for (index, line) in lines.enumerated() {
            let text = String(line)
            if let date = try? PartialDate(parsing: text) {
                _ = (date.earliestDay, date.latestDay, date.description, PartialDate(date.earliestDay))
            }
            if text.hasPrefix("vagueness ") {
                _ = try? Vagueness(parsing: String(text.dropFirst("vagueness ".count)))
                continue
            }
            guard let expression = try? DateExpression(parsing: text) else { continue }
            _ = (expression.earliestDay, expression.latestDay, expression.description)
            relations.append(Relation(id: "r\(index)", kind: "supports", source: "a", target: "b", start: expression))
        }
        _ = try? TemporalGraph(actors: [Actor(id: "a"), Actor(id: "b")], relations: relations)
    }
}
