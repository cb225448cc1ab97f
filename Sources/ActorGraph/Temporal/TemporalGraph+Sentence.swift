extension TemporalGraph {
    /// A relation in words, with its actors' names: "Russia supports Northern Alliance" for a
    /// directed kind, "Russia and Kazakhstan: negotiates with" for a symmetric one (no order implied).
    public func sentence(for relation: Relation) -> String {
        let kind = self.kind(of: relation)
        let source = actor(id: relation.source)?.name ?? relation.source
        let target = actor(id: relation.target)?.name ?? relation.target
        return kind.directed ? "\(source) \(kind.label) \(target)" : "\(source) and \(target): \(kind.label)"
    }
}
