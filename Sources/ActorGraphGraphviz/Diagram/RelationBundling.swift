import ActorGraph

/// Which relations a diagram draws as one edge: all relations between the same two actors
/// in the same direction, symmetric relations joining a bundle of either direction.
///
/// A directed relation joins the bundle of its source and target. A symmetric relation joins
/// the bundle running from its source to its target when there is one, else the one running
/// the other way, else a bundle of its own pair. Bundles come in the order of their first
/// relation. A timeline computes one bundling for its union and draws every frame with it,
/// so that an edge keeps its id (and with it its pinned path) in every frame.
///
/// ```swift
/// let bundling = RelationBundling(relations: snapshot.relations, graph: graph)
/// bundling.bundles.first?.relationIDs   // ["russia-agrees-with-united-states", "russia-criticizes-..."]
/// ```
public struct RelationBundling: Sendable {
    /// Relations drawn as one edge.
    public struct Bundle: Hashable, Sendable {
        /// The edge's DOT and SVG `id`: `relation-ID` for a bundle of one relation,
        /// `relations-SOURCE-TARGET` (with a number added when that is taken) for more.
        public var id: String
        /// The actor the edge comes from.
        public var source: String
        /// The actor the edge goes to.
        public var target: String
        /// The ids of the relations in the bundle, in file order.
        public var relationIDs: [String]
    }

    /// The bundles, in the order of their first relation.
    public let bundles: [Bundle]
    /// Position in ``bundles`` of each relation id.
    public let bundleOfRelation: [String: Int]

    /// Bundles `relations` (in file order); with `merges` false every relation is a bundle of its own.
    public init(relations: [Relation], graph: TemporalGraph, merges: Bool = true) {
        struct Pair: Hashable { var source: String, target: String }
        var members: [[Relation]] = []
        var pairs: [Pair] = []
        var bundleOfRelation: [String: Int] = [:]
        if merges {
            var directedBundle: [Pair: Int] = [:]
            for relation in relations where graph.kind(of: relation).directed {
                let pair = Pair(source: relation.source, target: relation.target)
                if directedBundle[pair] == nil {
                    directedBundle[pair] = members.count
                    members.append([])
                    pairs.append(pair)
                }
            }
            var symmetricBundle: [Pair: Int] = [:]
            var order: [(first: Int, bundle: Int)] = []
            for (index, relation) in relations.enumerated() {
                let forward = Pair(source: relation.source, target: relation.target)
                let bundle: Int
                if graph.kind(of: relation).directed {
                    bundle = directedBundle[forward] ?? 0
                } else if let existing = directedBundle[forward]
                    ?? directedBundle[Pair(source: relation.target, target: relation.source)]
                    ?? symmetricBundle[forward] ?? symmetricBundle[Pair(source: relation.target, target: relation.source)] {
                    bundle = existing
                } else {
                    bundle = members.count
                    symmetricBundle[forward] = bundle
                    members.append([])
                    pairs.append(forward)
                }
                if members[bundle].isEmpty { order.append((index, bundle)) }
                members[bundle].append(relation)
            }
            let sorted = order.sorted { $0.first < $1.first }.map(\.bundle)
            members = sorted.map { members[$0] }
            pairs = sorted.map { pairs[$0] }
        } else {
            members = relations.map { [$0] }
            pairs = relations.map { Pair(source: $0.source, target: $0.target) }
        }
        var taken = Set<String>()
        var bundles: [Bundle] = []
        bundles.reserveCapacity(members.count)
        for (index, (relations, pair)) in zip(members, pairs).enumerated() {
            let base = relations.count == 1 ? "relation-" + relations[0].id : "relations-\(pair.source)-\(pair.target)"
            var id = base
            var suffix = 2
            while !taken.insert(id).inserted {
                id = "\(base) (\(suffix))"
                suffix += 1
            }
            for relation in relations { bundleOfRelation[relation.id] = index }
            bundles.append(Bundle(id: id, source: pair.source, target: pair.target, relationIDs: relations.map(\.id)))
        }
        self.bundles = bundles
        self.bundleOfRelation = bundleOfRelation
    }

    /// `relations` grouped by bundle, in the order of each group's first relation; a relation
    /// the bundling does not know forms a group of its own.
    func groups(of relations: [Relation]) -> [(bundle: Bundle, relations: [Relation])] {
        var groups: [(bundle: Bundle, relations: [Relation])] = []
        var groupOfBundle: [Int: Int] = [:]
        for relation in relations {
            guard let bundle = bundleOfRelation[relation.id] else {
                groups.append((Bundle(id: "relation-" + relation.id, source: relation.source, target: relation.target,
                                      relationIDs: [relation.id]), [relation]))
                continue
            }
            if let group = groupOfBundle[bundle] {
                groups[group].relations.append(relation)
            } else {
                groupOfBundle[bundle] = groups.count
                groups.append((bundles[bundle], [relation]))
            }
        }
        return groups
    }
}
