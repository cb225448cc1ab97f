import ActorGraph
@testable import ActorGraphAnalysis
import Testing

/// The CSR structure and the documented collapse of parallel relations, self-loops and
/// directions, checked against counts worked out by hand.
@Suite struct CompactGraphTests {
    @Test func parallelUndirectedEdgesMergeWithSummedWeights() {
        // 0-1 given as (0,1,1) and (1,0,2); 1-2 once; a loop at 2 given twice.
        let graph = CompactGraph(nodeCount: 4, sources: [0, 1, 1, 2, 2], targets: [1, 0, 2, 2, 2],
                                 weights: [1, 2, 4, 0.5, 0.25], directed: false)
        #expect(graph.edgeCount == 3)
        #expect(graph.selfLoopCount == 1)
        #expect(Array(graph.neighbors(of: 0)) == [1])
        #expect(Array(graph.neighbors(of: 1)) == [0, 2])
        #expect(Array(graph.neighbors(of: 2)) == [1, 2])
        #expect(graph.neighbors(of: 3).isEmpty)
        #expect(graph.weight(from: 0, to: 1) == 3)
        #expect(graph.weight(from: 1, to: 0) == 3)
        #expect(graph.weight(from: 2, to: 2) == 0.75)
        #expect(graph.weight(from: 0, to: 2) == nil)
        // NetworkX's Graph.degree counts a self-loop twice.
        #expect((0..<4).map(graph.degree(of:)) == [1, 2, 3, 0])
        #expect(graph.strength() == [3, 7, 5.5, 0])
    }

    @Test func unweightedGraphKeepsWeightOneForMergedEdges() {
        let graph = CompactGraph(nodeCount: 2, sources: [0, 0, 1], targets: [1, 1, 0], directed: true)
        #expect(!graph.isWeighted)
        #expect(graph.edgeCount == 2)
        #expect(graph.weight(from: 0, to: 1) == 1)
        #expect(graph.outWeights == [1, 1])
    }

    @Test func directedGraphStoresInArcsSortedBySource() {
        let graph = CompactGraph(nodeCount: 4, sources: [3, 0, 2, 0, 1], targets: [1, 1, 1, 3, 1], directed: true)
        #expect(Array(graph.predecessors(of: 1)) == [0, 1, 2, 3])
        #expect(Array(graph.neighbors(of: 0)) == [1, 3])
        #expect((0..<4).map(graph.inDegree(of:)) == [0, 4, 0, 1])
        #expect((0..<4).map(graph.outDegree(of:)) == [2, 1, 1, 1])
        // The self-loop 1 -> 1 is one out-arc and one in-arc: degree 2 from it, as in DiGraph.
        #expect(graph.degree(of: 1) == 5)
        #expect(graph.selfLoopCount == 1)
    }

    @Test func edgesNamingUnknownNodesAreIgnored() {
        let graph = CompactGraph(nodeCount: 2, sources: [0, 5, -1], targets: [1, 0, 1], directed: true)
        #expect(graph.edgeCount == 1)
    }

    /// A small dated graph: a supports b twice (once with weight 2.5), b negotiates with c
    /// (symmetric), c opposes d (conflictual), d is related to itself, e has no relation.
    static func sampleGraph() throws -> TemporalGraph {
        try TemporalGraph(
            actors: ["a", "b", "c", "d", "e"].map { Actor(id: $0) },
            relations: [
                Relation(id: "r1", kind: "supports", source: "a", target: "b"),
                Relation(id: "r2", kind: "supports", source: "a", target: "b", weight: 2.5),
                Relation(id: "r3", kind: "negotiates-with", source: "b", target: "c"),
                Relation(id: "r4", kind: "opposes", source: "c", target: "d"),
                Relation(id: "r5", kind: "related-to", source: "d", target: "d"),
            ])
    }

    @Test func snapshotDirectedGivesSymmetricKindsTwoArcs() throws {
        let snapshot = try Self.sampleGraph().wholeGraph()
        let graph = CompactGraph(snapshot: snapshot, options: CompactGraphOptions(weighting: .count))
        #expect(graph.labels == ["a", "b", "c", "d"])
        #expect(graph.actorPositions == [0, 1, 2, 3])
        #expect(graph.isDirected)
        #expect(graph.weight(from: 0, to: 1) == 2)     // two "supports" merged
        #expect(graph.weight(from: 1, to: 0) == nil)
        #expect(graph.weight(from: 1, to: 2) == 1)     // negotiates-with: both ways
        #expect(graph.weight(from: 2, to: 1) == 1)
        #expect(graph.weight(from: 2, to: 3) == 1)
        #expect(graph.weight(from: 3, to: 2) == nil)
        #expect(graph.weight(from: 3, to: 3) == 1)
        #expect(graph.edgeCount == 5)
    }

    @Test func snapshotUndirectedMakesEveryRelationAnEdge() throws {
        let snapshot = try Self.sampleGraph().wholeGraph()
        let graph = CompactGraph(snapshot: snapshot, options: CompactGraphOptions(direction: .undirected, weighting: .count))
        #expect(!graph.isDirected)
        #expect(graph.edgeCount == 4)
        #expect(graph.weight(from: 1, to: 0) == 2)
        #expect(graph.weight(from: 3, to: 2) == 1)
    }

    @Test func snapshotWeightsFollowTheChosenWeighting() throws {
        let snapshot = try Self.sampleGraph().wholeGraph()
        let goldstein = CompactGraph(snapshot: snapshot, options: CompactGraphOptions(weighting: .goldstein))
        #expect(goldstein.weight(from: 0, to: 1) == 14)    // |7.0| twice
        #expect(goldstein.weight(from: 2, to: 3) == 4)     // |-4.0|
        #expect(goldstein.weight(from: 3, to: 3) == 0)     // related-to weighs 0
        let explicit = CompactGraph(snapshot: snapshot, options: CompactGraphOptions(weighting: .weight))
        #expect(explicit.weight(from: 0, to: 1) == 3.5)    // 1 (absent) + 2.5
        let unweighted = CompactGraph(snapshot: snapshot)
        #expect(!unweighted.isWeighted)
        #expect(unweighted.weight(from: 0, to: 1) == 1)
    }

    @Test func snapshotFiltersByToneAndKindAndCanKeepIsolatedActors() throws {
        let graph = try Self.sampleGraph()
        let snapshot = graph.wholeGraph()
        let cooperative = CompactGraph(snapshot: graph.wholeGraph(filter: RelationFilter(tones: [.cooperative])))
        #expect(cooperative.labels == ["a", "b", "c"])
        #expect(cooperative.edgeCount == 3)
        let conflictual = CompactGraph(snapshot: graph.wholeGraph(filter: RelationFilter(tones: [.conflictual])))
        #expect(conflictual.labels == ["c", "d"])
        let kinds = CompactGraph(snapshot: graph.wholeGraph(filter: RelationFilter(kinds: ["negotiates-with"])))
        #expect(kinds.labels == ["b", "c"])
        let everyone = CompactGraph(snapshot: snapshot, options: CompactGraphOptions(includesIsolatedActors: true))
        #expect(everyone.labels == ["a", "b", "c", "d", "e"])
        #expect(everyone.degree(of: 4) == 0)
    }
}
