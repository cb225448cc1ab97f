import ActorGraph
@testable import ActorGraphAnalysis
import Testing

/// The path measures split their sources into chunks fixed by the node count and add the
/// chunks' sums in chunk order, and Leiden's runs each follow their own seed, so any thread
/// count gives the same bits.
@Suite struct ParallelDeterminismTests {
    /// A preferential-attachment graph from a fixed linear congruential sequence.
    static func scaleFreeGraph(nodes: Int, directed: Bool, weighted: Bool) -> CompactGraph {
        var state: UInt64 = 0x2001_0911
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        var sources: [Int32] = []
        var targets: [Int32] = []
        var ends: [Int32] = [0, 1]
        for node in 2..<nodes {
            for _ in 0..<3 {
                let target = ends[next() % ends.count]
                sources.append(Int32(node))
                targets.append(target)
                ends.append(target)
            }
            ends.append(Int32(node))
        }
        let weights = weighted ? sources.indices.map { _ in Double(1 + next() % 9) } : nil
        return CompactGraph(nodeCount: nodes, sources: sources, targets: targets, weights: weights, directed: directed)
    }

    @Test(arguments: [(false, false), (true, false), (false, true), (true, true)])
    func pathMeasuresDoNotDependOnTheThreadCount(directed: Bool, weighted: Bool) throws {
        let graph = Self.scaleFreeGraph(nodes: 700, directed: directed, weighted: weighted)
        let reference = try graph.betweennessCentrality(threadCount: 1)
        let closeness = try graph.closenessCentrality(threadCount: 1)
        let harmonic = try graph.harmonicCentrality(threadCount: 1)
        #expect(reference.contains { $0 > 0 })
        for threads in [2, 3, 8] {
            let other = try graph.betweennessCentrality(threadCount: threads)
            #expect(zip(reference, other).allSatisfy { abs($0 - $1) <= 1e-12 }, "\(threads) threads")
            #expect(try graph.closenessCentrality(threadCount: threads) == closeness)
            #expect(try graph.harmonicCentrality(threadCount: threads) == harmonic)
        }
    }

    /// Leiden's runs each draw from their own seed, and the first best run wins, whatever
    /// thread finished first.
    @Test(arguments: [false, true])
    func leidenDoesNotDependOnTheThreadCount(weighted: Bool) {
        let graph = Self.scaleFreeGraph(nodes: 700, directed: false, weighted: weighted)
        let reference = graph.leidenCommunities(seed: 11, runs: 12, threadCount: 1)
        #expect(reference.groups.count > 1)
        for threads in [2, 3, 8] {
            let other = graph.leidenCommunities(seed: 11, runs: 12, threadCount: threads)
            #expect(other.membership == reference.membership, "\(threads) threads")
            #expect(other.modularity == reference.modularity, "\(threads) threads")
        }
    }

    @Test func negativeLengthsAreRejected() {
        let graph = CompactGraph(nodeCount: 3, sources: [0, 1], targets: [1, 2], weights: [1, -2], directed: true)
        #expect(throws: CentralityError.self) { try graph.betweennessCentrality() }
        #expect(throws: CentralityError.self) { try graph.closenessCentrality() }
        #expect(throws: CentralityError.self) { try graph.harmonicCentrality() }
        // Spectral measures read weights as strengths and accept them.
        #expect(throws: Never.self) { try graph.katzCentrality() }
    }
}
