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
        guard let choice = options.clusters else { return ([], [:]) }
        // Each actor's frame, as (key, label); nil outside every frame.
        let frames: [String: (key: String, label: String)]
        switch choice {
        case .partOf: frames = partOfFrames()
        case .group: frames = groupFrames()
        case .blocs(let blocOfActor):
            var members: [String: Int] = [:]
            for member in content.members { if let bloc = blocOfActor[member.actor.id] { members[bloc, default: 0] += 1 } }
            frames = Dictionary(uniqueKeysWithValues: content.members.compactMap { member in
                blocOfActor[member.actor.id].flatMap { bloc in
                    members[bloc, default: 0] > 1 ? (member.actor.id, (key: "bloc " + bloc, label: bloc)) : nil
                }
            })
        }
        var clusters: [ActorCluster] = []
        var clusterOfKey: [String: Int] = [:]
        var clusterOfActor: [String: Int] = [:]
        for member in content.members {
            guard let frame = frames[member.actor.id] else { continue }
            let index: Int
            if let existing = clusterOfKey[frame.key] {
                index = existing
            } else {
                index = clusters.count
                clusterOfKey[frame.key] = index
                clusters.append(ActorCluster(name: "cluster_" + frame.key, label: frame.label, members: []))
            }
            clusters[index].members.append(member)
            clusterOfActor[member.actor.id] = index
        }
        return (clusters, clusterOfActor)
    }

    /// Each actor's outermost whole among the actors shown, for the wholes that have parts shown.
    private func partOfFrames() -> [String: (key: String, label: String)] {
        let shown = Set(content.members.map(\.actor.id))
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
        var hasParts: Set<String> = []
        for member in content.members {
            let top = root(of: member.actor)
            rootOfActor[member.actor.id] = top
            if top != member.actor.id { hasParts.insert(top) }
        }
        return rootOfActor.filter { hasParts.contains($0.value) }.mapValues { top in
            (key: "part-of " + top, label: content.graph.actor(id: top)?.name ?? top)
        }
    }

    /// Each actor's `group`, or that of the nearest whole it is part of that has one.
    private func groupFrames() -> [String: (key: String, label: String)] {
        var frames: [String: (key: String, label: String)] = [:]
        for member in content.members {
            var current = member.actor
            var seen: Set<String> = [current.id]
            while current.group == nil, let whole = current.partOf, seen.insert(whole).inserted,
                  let next = content.graph.actor(id: whole) {
                current = next
            }
            if let group = current.group { frames[member.actor.id] = (key: "group " + group, label: group) }
        }
        return frames
    }
}
