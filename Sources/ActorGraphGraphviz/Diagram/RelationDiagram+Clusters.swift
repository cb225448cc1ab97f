import ActorGraph

extension RelationDiagram {
    /// The actors drawn inside one cluster.
    struct ActorCluster {
        /// The subgraph's name (starting with `cluster` so that Graphviz frames it).
        var name: String
        /// The words on the frame.
        var label: String
        /// The actors inside, in the diagram's order.
        var members: [DiagramContent.Member]
    }

    /// The clusters ``DiagramOptions/clusters`` asks for, and which actor lies in which.
    func actorClusters() -> (clusters: [ActorCluster], clusterOfActor: [String: Int]) {
        guard options.clusters == .partOf else { return ([], [:]) }
        let shown = Set(content.members.map(\.actor.id))
        // Each actor goes to the cluster of its outermost whole among the actors shown.
        func root(of actor: Actor) -> String {
            var current = actor
            var seen: Set<String> = [actor.id]
            while let whole = current.partOf, shown.contains(whole), seen.insert(whole).inserted,
                  let next = content.graph.actor(id: whole) {
                current = next
            }
            return current.id
        }
        var rootOfActor: [String: String] = [:]
        var partCount: [String: Int] = [:]
        for member in content.members {
            let top = root(of: member.actor)
            rootOfActor[member.actor.id] = top
            if top != member.actor.id { partCount[top, default: 0] += 1 }
        }
        var clusters: [ActorCluster] = []
        var clusterOfRoot: [String: Int] = [:]
        var clusterOfActor: [String: Int] = [:]
        for member in content.members {
            guard let top = rootOfActor[member.actor.id], partCount[top] != nil else { continue }
            let index: Int
            if let existing = clusterOfRoot[top] {
                index = existing
            } else {
                index = clusters.count
                clusterOfRoot[top] = index
                clusters.append(ActorCluster(name: "cluster_part-of " + top,
                                             label: content.graph.actor(id: top)?.name ?? top, members: []))
            }
            clusters[index].members.append(member)
            clusterOfActor[member.actor.id] = index
        }
        return (clusters, clusterOfActor)
    }
}
