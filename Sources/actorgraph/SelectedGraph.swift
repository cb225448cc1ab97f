import ActorGraph

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
