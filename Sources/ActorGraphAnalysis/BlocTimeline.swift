import ActorGraph

/// Blocs, balance and brokers on each day of a sequence, with blocs followed from day to day:
/// a bloc keeps its name while it stays the same group of actors.
///
/// Each day's blocs are its Leiden communities (``CompactGraph/leidenCommunities(resolution:seed:runs:maxPasses:tolerance:threadCount:)``
/// on the undirected graph of the day's relations). A bloc of the day carries on a bloc of the
/// day before when each is the other's best match by Jaccard overlap of members,
/// `|A ∩ B| / |A ∪ B|`, of at least ``continuityThreshold``; otherwise it is new and named after
/// its member of highest degree that day ("Russia's bloc"). A bloc *splits* when two or more
/// blocs of the next day each hold at least two of its members, and blocs *merge* when one bloc
/// holds at least two members of each of two or more blocs of the day before. Balance is
/// ``StructuralBalance``, its two camps oriented to agree best with the day before; brokers
/// are Gould and Fernandez's roles with the actors' `group` field as groups.
public struct BlocTimeline: Sendable {
    /// A named bloc on one day.
    public struct Bloc: Sendable, Hashable {
        /// The name it keeps while it carries on: "Russia's bloc".
        public var name: String
        /// Member actor ids, in file order.
        public var members: [String]
    }

    /// An actor's count in one brokerage role.
    public struct Broker: Sendable, Hashable {
        /// The actor id.
        public var actor: String
        /// The number of two-paths it brokers in the role.
        public var count: Int
    }

    /// Blocs, balance and brokers on one day.
    public struct DayBlocs: Sendable {
        /// The day.
        public var day: Day
        /// The blocs, largest first.
        public var blocs: [Bloc]
        /// The modularity of the partition into blocs.
        public var modularity: Double
        /// The balance of the day's friendly and hostile pairs.
        public var balance: StructuralBalance
        /// For each role, the actors with the most two-paths in it (at most the report's top).
        public var brokers: [BrokerageRole: [Broker]]
        /// Blocs of the day before that split, with the names of the blocs they split into.
        public var splits: [(bloc: String, into: [String])]
        /// Blocs formed by a merge, with the names of the blocs of the day before they joined.
        public var merges: [(bloc: String, from: [String])]
        /// Actors in a bloc that carried on, who were in another bloc that carried on.
        public var movers: [(actor: String, from: String, to: String)]
        /// Actors on the other camp of the balance split than the day before.
        public var campChanges: [String]
    }

    /// The smallest Jaccard overlap by which a bloc carries on.
    public static let continuityThreshold = 0.3

    /// Each day's blocs, balance and brokers.
    public let days: [DayBlocs]

    /// Computes the timeline over `snapshots` (one per day, in order), each snapshot's graph
    /// formed with `weighting`; `top` brokers per role.
    public init(snapshots: [Snapshot], weighting: CompactGraphOptions.Weighting = .none, top: Int = 5) {
        var days: [DayBlocs] = []
        var usedNames: Set<String> = []
        for snapshot in snapshots {
            let graph = snapshot.graph
            let (undirected, communities, groups) = Self.communities(of: snapshot, weighting: weighting)
            let degrees = (0..<undirected.nodeCount).map(undirected.degree(of:))
            let memberLists = groups.map { $0.map { undirected.labels[$0] } }
            let previous = days.last
            var names = [String?](repeating: nil, count: groups.count)
            var splits: [(String, [String])] = []
            var merges: [(String, [String])] = []
            var movers: [(String, String, String)] = []
            if let previous {
                let before = previous.blocs.map { Set($0.members) }
                let now = memberLists.map(Set.init)
                func jaccard(_ a: Set<String>, _ b: Set<String>) -> Double {
                    let union = a.union(b).count
                    return union == 0 ? 0 : Double(a.intersection(b).count) / Double(union)
                }
                let overlap = now.map { current in before.map { jaccard(current, $0) } }
                for (index, row) in overlap.enumerated() {
                    guard let best = row.indices.max(by: { row[$0] < row[$1] || (row[$0] == row[$1] && $0 > $1) }),
                          row[best] >= Self.continuityThreshold else { continue }
                    let column = overlap.map { $0[best] }
                    if column.indices.max(by: { column[$0] < column[$1] || (column[$0] == column[$1] && $0 > $1) }) == index {
                        names[index] = previous.blocs[best].name
                    }
                }
                // Names settled first, so that splits and merges can name both sides.
                for index in names.indices where names[index] == nil {
                    names[index] = Self.freshName(memberLists[index], degrees: groups[index].map { degrees[$0] },
                                                  graph: graph, used: &usedNames)
                }
                for (position, bloc) in before.enumerated() {
                    let parts = now.indices.filter { now[$0].intersection(bloc).count >= 2 }
                    if parts.count >= 2 { splits.append((previous.blocs[position].name, parts.map { names[$0]! })) }
                }
                for (index, bloc) in now.enumerated() {
                    let sources = before.indices.filter { before[$0].intersection(bloc).count >= 2 }
                    if sources.count >= 2 { merges.append((names[index]!, sources.map { previous.blocs[$0].name })) }
                }
                let carried = Set(names.compactMap { $0 }).intersection(previous.blocs.map(\.name))
                var blocBefore: [String: String] = [:]
                for bloc in previous.blocs { for member in bloc.members { blocBefore[member] = bloc.name } }
                for (index, members) in memberLists.enumerated() {
                    for member in members {
                        if let from = blocBefore[member], let to = names[index], from != to,
                           carried.contains(from), carried.contains(to) {
                            movers.append((member, from, to))
                        }
                    }
                }
            } else {
                for index in names.indices {
                    names[index] = Self.freshName(memberLists[index], degrees: groups[index].map { degrees[$0] },
                                                  graph: graph, used: &usedNames)
                }
            }
            var balance = StructuralBalance(snapshot: snapshot)
            var campChanges: [String] = []
            if let previous {
                let earlier = previous.balance.sides.map(Set.init)
                let agree = balance.sides[0].filter(earlier[0].contains).count + balance.sides[1].filter(earlier[1].contains).count
                let disagree = balance.sides[0].filter(earlier[1].contains).count + balance.sides[1].filter(earlier[0].contains).count
                if disagree > agree { balance = balance.swappingSides() }
                for (side, members) in balance.sides.enumerated() {
                    campChanges += members.filter { earlier[1 - side].contains($0) }
                }
                campChanges.sort { (graph.actorPosition[$0] ?? 0) < (graph.actorPosition[$1] ?? 0) }
            }
            let directed = CompactGraph(snapshot: snapshot)
            let roles = directed.brokerage(groups: BrokerageGrouping.group.groups(of: directed, in: graph).numbers)
            var brokers: [BrokerageRole: [Broker]] = [:]
            for role in BrokerageRole.allCases {
                let ranked = directed.labels.indices.filter { (roles.counts[$0][role] ?? 0) > 0 }.sorted { left, right in
                    let (a, b) = (roles.counts[left][role] ?? 0, roles.counts[right][role] ?? 0)
                    return a != b ? a > b : left < right
                }
                brokers[role] = ranked.prefix(max(top, 1)).map { Broker(actor: directed.labels[$0], count: roles.counts[$0][role] ?? 0) }
            }
            let blocs = zip(names, memberLists).map { Bloc(name: $0!, members: $1) }
            days.append(DayBlocs(day: snapshot.span.first, blocs: blocs, modularity: communities.modularity, balance: balance,
                            brokers: brokers, splits: splits, merges: merges, movers: movers, campChanges: campChanges))
        }
        self.days = days
    }

    /// The day's Leiden communities on the undirected graph of `snapshot`, as node lists of
    /// that graph: largest first (then by first node), members ascending.
    static func communities(of snapshot: Snapshot, weighting: CompactGraphOptions.Weighting)
        -> (graph: CompactGraph, communities: Communities, groups: [[Int]]) {
        let undirected = CompactGraph(snapshot: snapshot, options: CompactGraphOptions(direction: .undirected, weighting: weighting))
        let communities = undirected.leidenCommunities()
        let groups = communities.groups.sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
        return (undirected, communities, groups.map { $0.sorted() })
    }

    /// The blocs of one day, named as a timeline of that day alone names them ("Russia's
    /// bloc", after the member of highest degree), largest first: the clusters of a diagram.
    public static func blocs(of snapshot: Snapshot, weighting: CompactGraphOptions.Weighting = .none) -> [Bloc] {
        let (undirected, _, groups) = communities(of: snapshot, weighting: weighting)
        var used: Set<String> = []
        return groups.map { group in
            let members = group.map { undirected.labels[$0] }
            return Bloc(name: freshName(members, degrees: group.map(undirected.degree(of:)), graph: snapshot.graph, used: &used),
                        members: members)
        }
    }

    /// "Russia's bloc" ("the United States' bloc"), after the member of highest degree (earliest
    /// in the file on a tie); "Russia's bloc (2)" when the name was used before.
    static func freshName(_ members: [String], degrees: [Int], graph: TemporalGraph, used: inout Set<String>) -> String {
        let leader = members.indices.max { degrees[$0] != degrees[$1] ? degrees[$0] < degrees[$1] : $0 > $1 }.map { members[$0] }
        let leaderName = leader.flatMap { graph.actor(id: $0)?.name } ?? leader ?? "empty"
        let base = leaderName + (leaderName.hasSuffix("s") ? "' bloc" : "'s bloc")
        return used.insertFresh(base) { "\($0) (\($1))" }
    }
}

extension StructuralBalance {
    /// The same balance with its two camps listed the other way round.
    func swappingSides() -> StructuralBalance {
        StructuralBalance(balancedTriangles: balancedTriangles, unbalancedTriangles: unbalancedTriangles,
                          frustration: frustration, isExact: isExact, sides: [sides[1], sides[0]], pairCount: pairCount)
    }
}
