import ActorGraph
import ArgumentParser

/// `FILE` and the reading options (`--vagueness`, the limits): the graph a command reads, and how it reads it.
struct GraphFileOptions: ParsableArguments {
    @Argument(help: "The graph file (YAML, JSON, CSV, GraphML, GEXF or an SQLite store).")
    var file: String

    @OptionGroup var reading: ReadingOptions

    /// Loads the graph, printing the reader's warnings (see `loadGraph`); from a store, only
    /// the relations active during `spans`, when given, with the actors `naming` asks for.
    func load(activeDuring spans: [DaySpan]? = nil, naming actors: Set<String> = []) throws -> TemporalGraph {
        try loadGraph(file, reading: reading, activeDuring: spans, naming: actors)
    }
}

/// `FILE`, `--vagueness`, `--at`/`--from`/`--to` and the relation selection: the graph a
/// command looks at and what it selects from it.
struct GraphSelectionOptions: ParsableArguments {
    @OptionGroup var graphFile: GraphFileOptions
    @OptionGroup var dates: DateSelectionOptions
    @OptionGroup var selection: RelationSelectionOptions

    /// The graph file's path.
    var file: String { graphFile.file }

    /// Refuses an `output` that is one of the graph's own files before anything is read, then
    /// loads the graph and checks the date and selection options against it.
    ///
    /// With `readingOnlyTheSpan`, a store gives only the relations active on the span (and on
    /// the days `alsoDuring` names) with the actors `naming` asks for; without a span, or
    /// without the flag, the whole graph is read.
    func load(writingTo output: String?, readingOnlyTheSpan: Bool = false, alsoDuring otherSpans: [DaySpan] = [],
              naming actors: Set<String> = []) throws -> SelectedGraph {
        try InputProtection.check(output: output, graph: file)
        let span = try dates.span()
        let read = readingOnlyTheSpan ? span.map { [$0] + otherSpans } : nil
        let graph = try graphFile.load(activeDuring: read, naming: actors)
        return SelectedGraph(graph: graph, span: span, filter: try selection.filter(for: graph))
    }
}

/// What ``GraphSelectionOptions`` selects, read once: the graph, the span its date options
/// name, and the one relation filter its selection options make.
struct SelectedGraph {
    /// The graph as loaded.
    let graph: TemporalGraph
    /// The day or window asked for, or nil when no date option was given.
    let span: DaySpan?
    /// The relations kept.
    let filter: RelationFilter

    /// The relations the filter keeps on the span, or over the whole graph when no date was given.
    func snapshot() -> Snapshot {
        span.map { graph.snapshot(over: $0, filter: filter) } ?? graph.wholeGraph(filter: filter)
    }
}
