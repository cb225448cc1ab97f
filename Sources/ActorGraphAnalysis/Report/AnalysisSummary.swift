import ActorGraph

/// How relations became the graph that was measured, in words for headers:
/// "undirected, unweighted, all tones, raw scores".
package enum AnalysisSummary {
    /// The summary of a filter, graph options and measure settings.
    package static func text(filter: RelationFilter, graphOptions: CompactGraphOptions, settings: CentralitySettings) -> String {
        "\(graphOptions.summary), \(filter.toneSummary)\(settings.raw ? ", raw scores" : "")"
    }
}
