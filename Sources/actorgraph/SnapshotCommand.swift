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

    @Argument(help: "The graph file.")
    var file: String

    @OptionGroup var dates: DateSelectionOptions
    @OptionGroup var selection: RelationSelectionOptions

    @OptionGroup var destination: OutputOptions<Format>

    func validate() throws {
        try dates.requireDate()
    }

    @OptionGroup var reading: VaguenessOptions

    func run() throws {
        let snapshot = try SelectedGraph(file: file, writingTo: destination.output, dates: dates, selection: selection,
                                         reading: reading, readingOnlyTheSpan: true).snapshot()
        switch destination.format {
        case .json: try emit(snapshot.jsonText(), to: destination.output)
        case .csv: try emit(snapshot.csvText(), to: destination.output)
        case .text: try emit(snapshot.plainText(), to: destination.output)
        }
    }
}
