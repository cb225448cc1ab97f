import ActorGraph

extension InfluenceReport {
    /// Whether a relation that a period lists as begun (or, on the first day, as active) or
    /// as ended may still have been secret then: on the period's day for one that began, on
    /// its last possibly active day for one that ended. A relation whose secrecy ended
    /// before that day is not marked secret, although the file marks it so.
    func isPossiblySecret(listed position: Int32, on day: Day, ended: Bool) -> Bool {
        let relation = Int(position)
        let listedDay = ended ? graph.activeSpan(ofRelationAt: relation).last : day
        return graph.isPossiblySecret(relationAt: relation, during: DaySpan(listedDay))
    }
}
