import ActorGraph
import Foundation

/// Gould and Fernandez's brokerage roles: how often each actor stands between two others who
/// are not tied directly, classified by the groups of the three.
///
/// Follows R's `sna::brokerage(g, cl)` (Gould & Fernandez 1989, "Structures of mediation: a
/// formal approach to brokerage in transaction networks", *Sociological Methodology* 19: 89–126).
/// Every two-path `i -> j -> k` of three distinct nodes with no arc `i -> k` makes `j` a broker:
/// - *coordinator* (`w_I`): `i`, `j` and `k` are of one group;
/// - *itinerant* (consultant, `w_O`): `i` and `k` of one group, `j` of another;
/// - *representative* (`b_IO`): `i` and `j` of one group, `k` of another;
/// - *gatekeeper* (`b_OI`): `j` and `k` of one group, `i` of another;
/// - *liaison* (`b_O`): all three of different groups.
///
/// The counts are raw, as sna's `raw.nli`; on an undirected graph every edge counts as arcs
/// both ways. ``BrokerageRoles/zScores`` compares them with sna's null model, a random directed
/// graph of the same density `d = m / (n (n − 1))` (`m` arcs, self-loops included as sna
/// counts them) with the same group sizes: `z = (count − E) / sd`.
///
/// Complexity: O(Σ_j in(j) · out(j) · log d) time, O(n + m) memory.
///
/// ```swift
/// // a -> b -> c, with a and b in one group and c in another: b represents a's group to c.
/// let path = CompactGraph(nodeCount: 3, sources: [0, 1], targets: [1, 2], directed: true)
/// let roles = path.brokerage(groups: [0, 0, 1])
/// roles.counts[1][BrokerageRole.representative]   // 1
/// ```
public struct BrokerageRoles: Sendable {
    /// The node labels (actor ids).
    public let labels: [String]
    /// Each node's group number.
    public let groups: [Int]
    /// Each node's counts, by ``BrokerageRole``.
    public let counts: [[BrokerageRole: Int]]
    /// The number of arcs (an undirected edge counts twice, a self-loop once), which sets the
    /// density of sna's null model.
    public let arcCount: Int

    /// Each node's z-score per role (and for the total) against sna's null model; nil where the
    /// model's deviation is zero (a graph without arcs, a group too small for the role).
    public var zScores: [[BrokerageRole: Double?]] {
        let nodeCount = Double(labels.count)
        guard labels.count > 1 else { return counts.map { _ in [:] } }
        let density = Double(arcCount) / (nodeCount * (nodeCount - 1))
        var sizes: [Int: Double] = [:]
        for group in groups { sizes[group, default: 0] += 1 }
        let model = BrokerageNullModel(density: density, nodeCount: nodeCount)
        var cache: [Int: [BrokerageRole: (mean: Double, deviation: Double)]] = [:]
        return counts.indices.map { node in
            let group = groups[node]
            if cache[group] == nil {
                let others = sizes.filter { $0.key != group }.map(\.value)
                cache[group] = model.moments(groupSize: sizes[group] ?? 0, otherSizes: others)
            }
            let moments = cache[group] ?? [:]
            var scores: [BrokerageRole: Double?] = [:]
            for role in BrokerageRole.allCases {
                guard let (mean, deviation) = moments[role] else { continue }
                let score = (Double(counts[node][role] ?? 0) - mean) / deviation
                scores[role] = score.isFinite ? score : nil
            }
            return scores
        }
    }
}

/// One of Gould and Fernandez's roles, or the total of all five.
public enum BrokerageRole: String, CaseIterable, Hashable, Sendable {
    case coordinator, itinerant, representative, gatekeeper, liaison, total

    /// sna's column name: `w_I`, `w_O`, `b_IO`, `b_OI`, `b_O`, `t`.
    public var snaName: String {
        switch self {
        case .coordinator: return "w_I"
        case .itinerant: return "w_O"
        case .representative: return "b_IO"
        case .gatekeeper: return "b_OI"
        case .liaison: return "b_O"
        case .total: return "t"
        }
    }
}

extension CompactGraph {
    /// Gould and Fernandez's brokerage role counts of every node, `groups[node]` giving each
    /// node's group; see ``BrokerageRoles``.
    public func brokerage(groups: [Int]) -> BrokerageRoles {
        precondition(groups.count == nodeCount, "one group per node")
        var counts = [[BrokerageRole: Int]](repeating: [:], count: nodeCount)
        for broker in 0..<nodeCount {
            var tally = [Int](repeating: 0, count: 5)
            for first in predecessors(of: broker) where Int(first) != broker {
                for last in neighbors(of: broker) where Int(last) != broker && last != first {
                    if weight(from: Int(first), to: Int(last)) != nil { continue }
                    let (i, j, k) = (groups[Int(first)], groups[broker], groups[Int(last)])
                    if i == j {
                        tally[j == k ? 0 : 2] += 1
                    } else if j == k {
                        tally[3] += 1
                    } else {
                        tally[i == k ? 1 : 4] += 1
                    }
                }
            }
            let roles: [BrokerageRole] = [.coordinator, .itinerant, .representative, .gatekeeper, .liaison]
            var row: [BrokerageRole: Int] = [:]
            for (role, count) in zip(roles, tally) { row[role] = count }
            row[.total] = tally.reduce(0, +)
            counts[broker] = row
        }
        return BrokerageRoles(labels: labels, groups: groups, counts: counts, arcCount: arcCount)
    }
}

/// sna's expected counts and variances of each role for a broker of a group of a given size.
struct BrokerageNullModel {
    let density: Double
    let nodeCount: Double

    func moments(groupSize size: Double, otherSizes others: [Double]) -> [BrokerageRole: (mean: Double, deviation: Double)] {
        let d = density
        let n = nodeCount
        let base = d * d * (1 - d)
        let cube = d * d * d * pow(1 - d, 3)
        func choose2(_ x: Double) -> Double { x * (x - 1) / 2 }
        var result: [BrokerageRole: (Double, Double)] = [:]
        func put(_ role: BrokerageRole, _ mean: Double, _ extra: Double) {
            result[role] = (mean, (mean * (1 - base) + extra).squareRoot())
        }
        put(.coordinator, base * (size - 1) * (size - 2), 2 * (size - 1) * (size - 2) * (size - 3) * cube)
        put(.itinerant, base * others.reduce(0) { $0 + $1 * ($1 - 1) },
            2 * others.reduce(0) { $0 + $1 * ($1 - 1) * ($1 - 2) } * cube)
        let crossing = base * (n - size) * (size - 1)
        let crossingExtra = 2 * ((size - 1) * choose2(n - size) + (n - size) * choose2(size - 1)) * cube
        put(.representative, crossing, crossingExtra)
        put(.gatekeeper, crossing, crossingExtra)
        let othersSum = others.reduce(0, +)
        let othersSquares = others.reduce(0) { $0 + $1 * $1 }
        put(.liaison, base * (othersSum * othersSum - othersSquares),
            4 * others.reduce(0) { $0 + $1 * choose2(n - $1 - size) } * cube)
        put(.total, base * (n - 1) * (n - 2), 2 * (n - 1) * (n - 2) * (n - 3) * cube)
        return result
    }
}
