extension TemporalGraph {
    /// A relation in words, with its actors' names: "Russia supports Northern Alliance",
    /// "Russia negotiates with Kazakhstan" (a symmetric kind's label reads both ways).
    public func sentence(for relation: Relation) -> String {
        let source = actor(id: relation.source)?.name ?? relation.source
        let target = actor(id: relation.target)?.name ?? relation.target
        return "\(source) \(kind(of: relation).label) \(target)"
    }
}
