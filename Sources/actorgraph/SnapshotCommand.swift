import ActorGraph
import ArgumentParser

/// `actorgraph snapshot FILE (--at DATE | --from DATE --to DATE)`: the relations active then.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "List the actors and relations active on a day or within a window.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, csv, text
    }

    @Argument(help: "The graph file.")
    var file: String

    @OptionGroup var dates: DateSelectionOptions
    @OptionGroup var selection: RelationSelectionOptions

    @Option(help: "Output format: json, csv or text.")
    var format: Format = .text

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func validate() throws {
        if dates.at == nil && dates.from == nil && dates.to == nil {
            throw ValidationError("give --at DATE or --from DATE --to DATE")
        }
    }

    @OptionGroup var reading: VaguenessOptions

    func run() throws {
        try InputProtection.check(output: output, graph: file)
        guard let span = try dates.span() else { return }
        let graph = try loadGraph(file, vagueness: reading.vagueness, activeDuring: [span])
        let snapshot = graph.snapshot(over: span, filter: try selection.filter(for: graph))
        switch format {
        case .json: try emit(snapshot.jsonText(), to: output)
        case .csv: try emit(snapshot.csvText(), to: output)
        case .text: try emit(snapshot.plainText(), to: output)
        }
    }
}
