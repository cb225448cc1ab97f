import ActorGraph
import ArgumentParser

/// `actorgraph snapshot FILE (--at DATE | --from DATE --to DATE)`: the relations active then.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "List the actors and relations active on a day or within a window.")

    enum Format: String, OutputFormat {
        case json, csv, text

        static let standard = Format.text
    }

    @OptionGroup var input: GraphSelectionOptions

    @OptionGroup var destination: OutputOptions<Format>

    func validate() throws {
        try input.dates.requireDate()
    }

    func run() throws {
        let snapshot = try input.load(writingTo: destination.output, readingOnlyTheSpan: true).snapshot()
        switch destination.format {
        case .json: try emit(snapshot.jsonText(), to: destination.output)
        case .csv: try emit(snapshot.csvText(), to: destination.output)
        case .text: try emit(snapshot.plainText(), to: destination.output)
        }
    }
}
