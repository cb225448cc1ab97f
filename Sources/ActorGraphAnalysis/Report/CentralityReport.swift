import ActorGraph

/// The centrality of every actor on a day, over a window or over the whole graph, with what
/// it was computed on, ready to write as a text table, CSV or JSON.
///
/// ```swift
/// let report = CentralityReport(graph: graph, span: DaySpan(day), measures: [.degree, .betweenness])
/// print(report.tableText(title: graph.title ?? "graph"))
/// ```
public struct CentralityReport: Sendable {
    /// The graph measured.
    public let graph: TemporalGraph
    /// The day or window whose relations formed the graph; nil for every relation whatever its dates.
    public let span: DaySpan?
    /// Which relations counted.
    public let filter: RelationFilter
    /// How the snapshot became a graph.
    public let graphOptions: CompactGraphOptions
    /// The measures' parameters.
    public let settings: CentralitySettings
    /// Nodes and edges of the graph measured.
    public let nodeCount: Int
    public let edgeCount: Int
    /// Every measure's scores; labels are actor ids.
    public let scores: CentralityScores

    /// Takes the snapshot of `span` (the whole graph when nil) through `filter`, collapses it
    /// with `graphOptions` and computes `measures` on it.
    public init(graph: TemporalGraph, span: DaySpan?, measures: [CentralityMeasure], filter: RelationFilter = .all,
                graphOptions: CompactGraphOptions = CompactGraphOptions(), settings: CentralitySettings = CentralitySettings()) {
        let snapshot = span.map { graph.snapshot(over: $0, filter: filter) } ?? graph.wholeGraph(filter: filter)
        let compact = CompactGraph(snapshot: snapshot, options: graphOptions)
        self.graph = graph
        self.span = span
        self.filter = filter
        self.graphOptions = graphOptions
        self.settings = settings
        nodeCount = compact.nodeCount
        edgeCount = compact.edgeCount
        scores = compact.centrality(measures, settings: settings)
    }

    /// How the graph was formed and measured, in words: "directed, unweighted, all tones".
    public var summary: String {
        AnalysisSummary.text(filter: filter, graphOptions: graphOptions, settings: settings)
    }
}
