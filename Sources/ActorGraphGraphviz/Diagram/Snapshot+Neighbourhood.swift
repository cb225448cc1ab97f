import ActorGraph

extension Snapshot {
    /// The part of the snapshot within `depth` steps of `actorID`: the actors reached from
    /// it through at most `depth` of the snapshot's relations (either direction), and the
    /// relations among them. Empty when the actor takes part in no relation of the snapshot.
    ///
    /// ```swift
    /// graph.snapshot(at: day).neighbourhood(of: "russia", depth: 1)   // Russia and those it dealt with that day
    /// ```
    public func neighbourhood(of actorID: String, depth: Int) -> Snapshot {
        guard let start = graph.actorPosition[actorID] else {
            return Snapshot(graph: graph, span: span, filter: filter, relationPositions: [])
        }
        var neighbours: [Int32: [Int32]] = [:]
        for relation in relationPositions {
            let source = graph.sourcePositions[Int(relation)], target = graph.targetPositions[Int(relation)]
            neighbours[source, default: []].append(target)
            neighbours[target, default: []].append(source)
        }
        var reached: Set<Int32> = neighbours[start] == nil ? [] : [start]
        var frontier: [Int32] = Array(reached)
        var steps = 0
        while steps < depth && !frontier.isEmpty {
            var next: [Int32] = []
            for actor in frontier {
                for neighbour in neighbours[actor] ?? [] where reached.insert(neighbour).inserted { next.append(neighbour) }
            }
            frontier = next
            steps += 1
        }
        let kept = relationPositions.filter {
            reached.contains(graph.sourcePositions[Int($0)]) && reached.contains(graph.targetPositions[Int($0)])
        }
        return Snapshot(graph: graph, span: span, filter: filter, relationPositions: kept)
    }
}
