import ActorGraph

/// What a command that looks at a day, a window or the whole graph reads, read once: the graph,
/// the span its date options name, and the one relation filter its selection options make.
struct SelectedGraph {
    /// The graph as loaded.
    let graph: TemporalGraph
    /// The day or window asked for, or nil when no date option was given.
    let span: DaySpan?
    /// The relations kept.
    let filter: RelationFilter

    /// Refuses an `output` that is one of the graph's own files before anything is read, then
    /// loads `file` and checks the date and selection options against it.
    ///
    /// With `readingOnlyTheSpan`, a store gives only the relations active on the span (and on
    /// the days `alsoDuring` names) with the actors `naming` asks for; without a span, or
    /// without the flag, the whole graph is read.
    init(file: String, writingTo output: String?, dates: DateSelectionOptions,
         selection: RelationSelectionOptions, reading: VaguenessOptions,
         readingOnlyTheSpan: Bool = false, alsoDuring otherSpans: [DaySpan] = [], naming actors: Set<String> = []) throws {
        try InputProtection.check(output: output, graph: file)
        span = try dates.span()
        let read = readingOnlyTheSpan ? span.map { [$0] + otherSpans } : nil
        graph = try loadGraph(file, vagueness: reading.vagueness, activeDuring: read, naming: actors)
        filter = try selection.filter(for: graph)
    }

    /// The relations the filter keeps on the span, or over the whole graph when no date was given.
    func snapshot() -> Snapshot {
        span.map { graph.snapshot(over: $0, filter: filter) } ?? graph.wholeGraph(filter: filter)
    }
}
