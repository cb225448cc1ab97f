extension CompactGraph {
    /// Collapses a snapshot into a compact graph.
    ///
    /// Every relation of the snapshot counts (its ``Snapshot/filter`` chose them). Nodes are
    /// the actors at either end of a relation (every actor of the graph with
    /// ``CompactGraphOptions/includesIsolatedActors``), numbered in file order; ``labels`` are
    /// their ids and ``actorPositions`` their positions in `snapshot.graph.actors`. Edges follow
    /// ``CompactGraphOptions/direction``; parallel relations merge into one edge weighing the sum
    /// of their weights (see ``CompactGraphOptions/Weighting``). A symmetric relation from an
    /// actor to itself gives one self-loop.
    public init(snapshot: Snapshot, options: CompactGraphOptions = CompactGraphOptions()) {
        let graph = snapshot.graph
        let kinds = Array(graph.kinds.values)
        let kept = snapshot.relationPositions
        // Node numbers: actors touched by a kept relation (or all), ascending by file position.
        var nodeOfActor = [Int32](repeating: -1, count: graph.actors.count)
        if options.includesIsolatedActors {
            for actor in 0..<graph.actors.count { nodeOfActor[actor] = 0 }
        } else {
            for position in kept {
                nodeOfActor[Int(graph.sourcePositions[Int(position)])] = 0
                nodeOfActor[Int(graph.targetPositions[Int(position)])] = 0
            }
        }
        var actorPositions: [Int32] = []
        for actor in 0..<graph.actors.count where nodeOfActor[actor] == 0 {
            nodeOfActor[actor] = Int32(actorPositions.count)
            actorPositions.append(Int32(actor))
        }
        let directed = options.direction == .directed
        var sources: [Int32] = []
        var targets: [Int32] = []
        var weights: [Double] = []
        sources.reserveCapacity(kept.count)
        targets.reserveCapacity(kept.count)
        for position in kept {
            let relation = Int(position)
            let kind = kinds[Int(graph.kindPositions[relation])]
            let source = nodeOfActor[Int(graph.sourcePositions[relation])]
            let target = nodeOfActor[Int(graph.targetPositions[relation])]
            let weight: Double
            switch options.weighting {
            case .none, .count: weight = 1
            case .goldstein: weight = abs(kind.goldstein)
            case .weight: weight = graph.relations[relation].weight ?? 1
            }
            sources.append(source)
            targets.append(target)
            weights.append(weight)
            if directed && !kind.directed && source != target {
                sources.append(target)
                targets.append(source)
                weights.append(weight)
            }
        }
        self.init(nodeCount: actorPositions.count, sources: sources, targets: targets,
                  weights: options.weighting == .none ? nil : weights, directed: directed,
                  labels: actorPositions.map { graph.actors[Int($0)].id })
        self.actorPositions = actorPositions
    }
}
