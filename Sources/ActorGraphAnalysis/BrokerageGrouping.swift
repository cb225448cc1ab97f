import ActorGraph

/// What puts actors in one group for brokerage roles.
public enum BrokerageGrouping: String, CaseIterable, Hashable, Sendable {
    /// The actor's `group` field; an actor without one takes the group of the actor it is part
    /// of (the CIA that of the United States), and without either is a group of its own.
    case group
    /// The actor's kind (state, armed group, agency, ...).
    case kind
    /// The outermost actor it is part of (itself when it is part of none).
    case partOf

    /// The group name of every actor of `graph`, by position in ``TemporalGraph/actors``.
    public func groupNames(in graph: TemporalGraph) -> [String] {
        graph.actors.indices.map { position in
            let actor = graph.actors[position]
            switch self {
            case .kind: return actor.kind
            case .group, .partOf:
                // Validation rules out partOf cycles; the step limit guards against one anyway.
                var current = actor
                var steps = 0
                while self == .partOf || current.group == nil, let whole = current.partOf,
                      let next = graph.actor(id: whole), steps < graph.actors.count {
                    current = next
                    steps += 1
                }
                return self == .group ? (current.group ?? actor.id) : current.id
            }
        }
    }

    /// Group numbers for the nodes of `compact` (built from a snapshot of `graph`), numbered
    /// in order of first appearance, with the names they stand for.
    public func groups(of compact: CompactGraph, in graph: TemporalGraph) -> (numbers: [Int], names: [String]) {
        let byActor = groupNames(in: graph)
        var numbers: [String: Int] = [:]
        var names: [String] = []
        let nodeGroups = compact.labels.map { label -> Int in
            let name = graph.actorPosition[label].map { byActor[Int($0)] } ?? label
            if let known = numbers[name] { return known }
            numbers[name] = names.count
            names.append(name)
            return names.count - 1
        }
        return (nodeGroups, names)
    }
}
