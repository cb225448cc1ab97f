import ActorGraph

extension InfluenceReport {
    /// The measure that sizes the nodes of the report's diagrams: betweenness (brokerage)
    /// when the report has it, else its first measure.
    public var diagramMeasure: CentralityMeasure? {
        options.measures.contains(.betweenness) ? .betweenness : options.measures.first
    }

    /// One actor id -> score map per date on `measure`, for diagrams whose node sizes follow
    /// the report (actors without a score that day are left out).
    public func frameScores(_ measure: CentralityMeasure) -> [[String: Double]] {
        periods.map { period in
            Dictionary(uniqueKeysWithValues: period.snapshot.actors.compactMap { actor in
                period.score(measure, of: actor.id).map { (actor.id, $0) }
            })
        }
    }
}
