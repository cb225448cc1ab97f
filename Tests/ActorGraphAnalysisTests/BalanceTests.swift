import ActorGraph
@testable import ActorGraphAnalysis
import Testing

/// Structural balance against brute force on small random signed graphs.
@Suite struct BalanceTests {
    static func randomSignedGraph(nodes: Int, density: Double, hostile: Double, generator: inout SplitMix64) -> SignedGraph {
        var edges: [(Int, Int, Int)] = []
        for u in 0..<nodes {
            for v in (u + 1)..<max(u + 1, nodes) where Double.random(in: 0..<1, using: &generator) < density {
                edges.append((u, v, Double.random(in: 0..<1, using: &generator) < hostile ? -1 : 1))
            }
        }
        return SignedGraph(nodeCount: nodes, edges: edges)
    }

    /// Every split, the first node in camp 0.
    static func bruteForceFrustration(_ graph: SignedGraph) -> Int {
        guard graph.nodeCount > 1 else { return 0 }
        var best = Int.max
        for mask in 0..<(1 << (graph.nodeCount - 1)) {
            let sides = (0..<graph.nodeCount).map { $0 == 0 ? 0 : (mask >> ($0 - 1)) & 1 }
            best = min(best, graph.contradictions(of: sides))
        }
        return best
    }

    /// Every triple of nodes.
    static func bruteForceTriangles(_ graph: SignedGraph) -> (balanced: Int, unbalanced: Int) {
        var balanced = 0
        var unbalanced = 0
        for u in 0..<graph.nodeCount {
            for v in (u + 1)..<max(u + 1, graph.nodeCount) {
                for w in (v + 1)..<max(v + 1, graph.nodeCount) {
                    let product = graph.sign(u, v) * graph.sign(v, w) * graph.sign(u, w)
                    if product > 0 { balanced += 1 } else if product < 0 { unbalanced += 1 }
                }
            }
        }
        return (balanced, unbalanced)
    }

    @Test func frustrationMatchesBruteForceOnRandomGraphs() {
        var generator = SplitMix64(state: 2001)
        for trial in 0..<300 {
            let nodes = 2 + trial % 13
            let graph = Self.randomSignedGraph(nodes: nodes, density: [0.2, 0.5, 0.9][trial % 3],
                                               hostile: [0.2, 0.5, 0.8][(trial / 3) % 3], generator: &generator)
            let result = graph.frustration()
            #expect(result.isExact)
            #expect(result.count == Self.bruteForceFrustration(graph), "trial \(trial), \(nodes) nodes")
            #expect(graph.contradictions(of: result.sides) == result.count, "the sides attain the count")
        }
    }

    @Test func trianglesMatchBruteForceOnRandomGraphs() {
        var generator = SplitMix64(state: 911)
        for trial in 0..<100 {
            let graph = Self.randomSignedGraph(nodes: 3 + trial % 12, density: 0.6, hostile: 0.4, generator: &generator)
            let counted = graph.triangleCounts()
            let expected = Self.bruteForceTriangles(graph)
            #expect(counted.balanced == expected.balanced && counted.unbalanced == expected.unbalanced, "trial \(trial)")
        }
    }

    /// A search cut short keeps a valid split and says its count is only an upper bound.
    @Test func aSearchCutShortIsAnUpperBound() {
        var generator = SplitMix64(state: 17)
        let graph = Self.randomSignedGraph(nodes: 14, density: 0.8, hostile: 0.5, generator: &generator)
        let exact = graph.frustration()
        let cut = graph.frustration(searchLimit: 3)
        #expect(exact.isExact)
        #expect(!cut.isExact)
        #expect(cut.count >= exact.count)
        #expect(graph.contradictions(of: cut.sides) == cut.count)
    }

    /// Balanced by construction: two camps, friends within, enemies across; the split is found
    /// exactly, with no contradiction, on 60 actors.
    @Test func twoHostileCampsAreFoundOnALargerGraph() {
        var generator = SplitMix64(state: 5)
        let camp = (0..<60).map { _ in Int.random(in: 0...1, using: &generator) }
        var edges: [(Int, Int, Int)] = []
        for u in 0..<60 {
            for v in (u + 1)..<60 where Double.random(in: 0..<1, using: &generator) < 0.2 {
                edges.append((u, v, camp[u] == camp[v] ? 1 : -1))
            }
        }
        let graph = SignedGraph(nodeCount: 60, edges: edges)
        let result = graph.frustration()
        #expect(result.count == 0 && result.isExact)
        #expect(graph.triangleCounts().unbalanced == 0)
    }

    /// The sign rule on a snapshot: Goldstein weights add up per pair in either direction,
    /// neutral kinds do not count, a zero sum drops the pair.
    @Test func pairSignsComeFromTheSumOfGoldsteinWeights() throws {
        let actors = ["a", "b", "c", "d"].map { Actor(id: $0) }
        let relations = [
            Relation(id: "1", kind: "supports", source: "a", target: "b"),          // +7
            Relation(id: "2", kind: "criticizes", source: "b", target: "a"),        // -2: a-b is +5
            Relation(id: "3", kind: "opposes", source: "b", target: "c"),           // -4
            Relation(id: "4", kind: "consults", source: "c", target: "d"),          // neutral: no sign
            Relation(id: "5", kind: "opposes", source: "a", target: "d"),           // -4
            Relation(id: "6", kind: "opposes", source: "d", target: "a"),           // -8 in all
            Relation(id: "7", kind: "fights", source: "c", target: "a"),            // -10
            Relation(id: "8", kind: "cooperates-with", source: "a", target: "c"),   // +6
            Relation(id: "9", kind: "opposes", source: "c", target: "a"),           // a-c: -10+6-4 = -8
        ]
        let graph = try TemporalGraph(actors: actors, relations: relations)
        let signed = SignedGraph(snapshot: graph.wholeGraph())
        let index = { (id: String) in signed.labels.firstIndex(of: id)! }
        #expect(signed.sign(index("a"), index("b")) == 1)
        #expect(signed.sign(index("b"), index("c")) == -1)
        #expect(signed.sign(index("c"), index("d")) == 0)
        #expect(signed.sign(index("a"), index("d")) == -1)
        #expect(signed.sign(index("a"), index("c")) == -1)
        #expect(signed.edgeCount == 4)
    }
}
