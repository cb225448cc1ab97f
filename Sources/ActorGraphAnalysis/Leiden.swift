import ActorGraph
import Foundation

/// A partition of a graph's nodes into communities.
public struct Communities: Sendable {
    /// The node labels (actor ids).
    public let labels: [String]
    /// Each node's community, numbered from 0 in order of each community's first node.
    public let membership: [Int]
    /// The modularity of the partition at the resolution it was sought with.
    public let modularity: Double
    /// The resolution γ.
    public let resolution: Double

    /// The communities as lists of node numbers, ascending, in community order.
    public var groups: [[Int]] {
        var groups = [[Int]](repeating: [], count: (membership.max() ?? -1) + 1)
        for (node, community) in membership.enumerated() { groups[community].append(node) }
        return groups
    }
}

extension CompactGraph {
    /// Communities by the Leiden algorithm, maximizing modularity at resolution γ.
    ///
    /// Follows Traag, Waltman & van Eck 2019 ("From Louvain to Leiden: guaranteeing well-connected
    /// communities", *Scientific Reports* 9: 5233), with the quality of ``modularity(of:resolution:)``
    /// (NetworkX's `modularity`):
    /// - fast local moving: nodes are visited from a queue, first in random order; each moves to
    ///   the neighbouring (or an empty) community of largest gain, and its neighbours left outside
    ///   that community are queued again;
    /// - refinement of each community from singletons: a node still alone and well connected to
    ///   its community joins a well-connected subcommunity of non-negative gain, or stays alone,
    ///   drawn with probability ∝ exp(gain / θ), the gain in edge weight and θ = 0.01 times the
    ///   mean edge weight (igraph's `beta`), which makes it nearly greedy;
    /// - aggregation by the refined partition (a graph in CSR form, one node per subcommunity),
    ///   the unrefined partition starting the next level.
    ///
    /// One iteration runs these levels until local moving leaves every node of a level alone;
    /// the next iteration starts from the partition found. Iterations stop when one moves no node
    /// (igraph's `n_iterations=-1`), when one raises the modularity by no more than `tolerance`
    /// times its value, or after `maxPasses` (igraph's and leidenalg's `n_iterations` is 2 by
    /// default; `maxPasses: 2, tolerance: 0` is that setting, `tolerance: 0` alone runs to
    /// convergence). By default runs go to convergence on graphs of up to 24,000 nodes and edges,
    /// where iterations cost little, and larger graphs take a tolerance of 0.3 %. It matters on
    /// graphs of weak structure, where modularity keeps creeping up by a few 10⁻⁵ per iteration
    /// for a hundred iterations (a Barabási–Albert graph of 20,000 nodes, m = 5): there the
    /// default stops after four to six iterations, above the modularity of igraph's best of ten
    /// runs of two iterations, in a fifteenth of the time convergence takes. On graphs with clear
    /// communities the second iteration usually moves nothing. Every community is connected (a
    /// community left in pieces would be split, which only raises modularity). A directed graph
    /// is read as undirected, as ``modularity(of:resolution:)`` reads it.
    ///
    /// The algorithm runs `runs` times from singletons, each with its own random node orders,
    /// and keeps the partition of highest modularity (the first run's on a tie). By default the
    /// runs number 120,000 / (nodes + edges), between 1 and 100: 100 on small graphs, where runs
    /// cost little, 10 at 12,000 nodes and edges, 1 from 60,000 (on a busy machine a second
    /// thread is not a second core, and one run of Leiden already reaches there the modularity
    /// of the best runs of igraph's Leiden and NetworKit's Louvain). The runs share out over
    /// `threadCount` threads (by default every active processor); each run's orders come from
    /// its own seed, drawn from `seed` alone, so a seed always gives the same partition, whatever
    /// the thread count.
    ///
    /// Complexity: O(m) per local-moving sweep, a few sweeps per level, O(log n) levels
    /// typically; memory O(n + m) per thread, allocated once per run and reused by every level
    /// and iteration.
    ///
    /// ```swift
    /// // Two triangles joined by one edge.
    /// let graph = CompactGraph(nodeCount: 6, sources: [0, 1, 2, 3, 4, 5, 2], targets: [1, 2, 0, 4, 5, 3, 3],
    ///                          directed: false)
    /// graph.leidenCommunities().membership   // [0, 0, 0, 1, 1, 1], modularity 0.357142...
    /// ```
    public func leidenCommunities(resolution: Double = 1, seed: UInt64 = 0, runs: Int? = nil,
                                  maxPasses: Int = 100, tolerance: Double? = nil,
                                  threadCount: Int? = nil) -> Communities {
        let network = ModularityNetwork(self)
        let nodeCount = network.nodeCount
        let size = nodeCount + network.targets.count / 2
        let runCount = Swift.max(runs ?? Swift.min(100, Swift.max(1, 120_000 / Swift.max(size, 1))), 1)
        let gainTolerance = tolerance ?? (size <= 24_000 ? 0 : 3e-3)
        var random = LeidenRandom(state: seed)
        let runSeeds = (0..<runCount).map { _ in random.next() }
        let found = SharedBuffer<Int32>(count: runCount * nodeCount, repeating: 0)
        let qualities = SharedBuffer<Double>(count: runCount, repeating: 0)
        SourceChunks(count: runCount, maximumChunks: runCount).forEach(threadCount: threadCount) { run in
            let optimizer = LeidenOptimizer(network: network, resolution: resolution)
            let membership = optimizer.run(seed: runSeeds[run], maxPasses: maxPasses, tolerance: gainTolerance)
            (found.base + run * nodeCount).update(from: membership, count: nodeCount)
            qualities[run] = network.modularity(of: membership, resolution: resolution)
        }
        // The first run of highest modularity, unless none beats leaving every node alone.
        var bestRun = -1
        var bestQuality = network.modularity(of: [Int32](0..<Int32(nodeCount)), resolution: resolution)
        for run in 0..<runCount where qualities[run] > bestQuality {
            bestQuality = qualities[run]
            bestRun = run
        }
        let membership = bestRun < 0 ? Array(0..<nodeCount)
            : (0..<nodeCount).map { Int(found[bestRun * nodeCount + $0]) }
        return Communities(labels: labels, membership: membership, modularity: bestQuality, resolution: resolution)
    }
}

/// The generator Leiden's runs draw from: the package's seeded SplitMix64.
typealias LeidenRandom = SplitMix64

