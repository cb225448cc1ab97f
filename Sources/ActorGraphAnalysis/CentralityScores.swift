/// Every requested measure's score for every node of one graph.
public struct CentralityScores: Sendable {
    /// The measures asked for, in order.
    public let measures: [CentralityMeasure]
    /// The node labels (actor ids).
    public let labels: [String]
    /// Scores by measure, indexed by node; a measure that failed has none.
    public let values: [CentralityMeasure: [Double]]
    /// Why a measure has no scores (a power iteration that did not converge).
    public let failures: [CentralityMeasure: CentralityError]
}
