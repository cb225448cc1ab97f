import ActorGraph
@testable import ActorGraphAnalysis
import Foundation
import Testing

/// A graph, partitions with NetworkX's modularity, and igraph's best Leiden modularity, written
/// by Scripts/generate-community-fixtures.py.
struct CommunityFixture: Decodable {
    struct Partition: Decodable {
        var partition: String
        var membership: [Int]
        var modularity: [String: Double]
    }

    var name: String
    var weighted: Bool
    var nodes: [String]
    var edges: [[Double]]
    var partitions: [Partition]
    var igraphLeidenBestOf10: [String: Double]

    static let directory = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/communities")

    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? []
        return files.filter { $0.pathExtension == "json" }.map { $0.deletingPathExtension().lastPathComponent }.sorted()
    }()

    static func load(_ name: String) throws -> CommunityFixture {
        try JSONDecoder().decode(CommunityFixture.self, from: Data(contentsOf: directory.appendingPathComponent(name + ".json")))
    }

    var graph: CompactGraph {
        CompactGraph(nodeCount: nodes.count, sources: edges.map { Int32($0[0]) }, targets: edges.map { Int32($0[1]) },
                     weights: weighted ? edges.map { $0[2] } : nil, directed: false, labels: nodes)
    }
}

@Suite struct CommunityTests {
    @Test func fixturesArePresent() {
        #expect(CommunityFixture.names.count >= 6)
    }

    @Test(arguments: CommunityFixture.names)
    func modularityMatchesNetworkX(fixtureName: String) throws {
        let fixture = try CommunityFixture.load(fixtureName)
        let graph = fixture.graph
        for partition in fixture.partitions {
            for (resolution, expected) in partition.modularity {
                let ours = graph.modularity(of: partition.membership, resolution: Double(resolution)!)
                #expect(abs(ours - expected) <= 1e-12, "\(fixtureName): \(partition.partition) at γ=\(resolution)")
            }
        }
    }

    @Test(arguments: CommunityFixture.names)
    func leidenReachesIgraphsBestOfTen(fixtureName: String) throws {
        let fixture = try CommunityFixture.load(fixtureName)
        let graph = fixture.graph
        for (resolution, igraphBest) in fixture.igraphLeidenBestOf10 {
            let gamma = Double(resolution)!
            let found = graph.leidenCommunities(resolution: gamma)
            #expect(found.modularity >= igraphBest - 1e-12,
                    "\(fixtureName) at γ=\(resolution): \(found.modularity) below igraph's best of ten, \(igraphBest)")
            #expect(found.modularity == graph.modularity(of: found.membership, resolution: gamma))
            #expect(Self.everyCommunityIsConnected(graph, found.membership), "\(fixtureName) at γ=\(resolution)")
        }
    }

    /// Zachary's karate club: the best partition has modularity 0.4197896 (Brandes et al. 2008,
    /// "On modularity clustering", proven optimal by integer programming).
    @Test func karateClubReachesTheKnownOptimum() throws {
        let graph = try CommunityFixture.load("karate-club").graph
        let found = graph.leidenCommunities()
        #expect(abs(found.modularity - 0.4197896120973044) < 1e-9)
        #expect(found.groups.count == 4)
    }

    @Test func aSeedAlwaysGivesTheSamePartition() throws {
        let graph = try CommunityFixture.load("barabasi-albert-600").graph
        let first = graph.leidenCommunities(seed: 7)
        let second = graph.leidenCommunities(seed: 7)
        #expect(first.membership == second.membership)
        #expect(first.modularity == second.modularity)
    }

    /// A run stops at the first iteration that raises the modularity by no more than the
    /// tolerance times its value. The first iteration starts from singletons, of modularity
    /// just below 0, so it gains a little more than its value: a tolerance of 2 stops there, as
    /// one pass does; a tolerance of 1 lets one more run.
    @Test func aToleranceStopsTheIterations() throws {
        let graph = try CommunityFixture.load("barabasi-albert-600").graph
        let stopped = graph.leidenCommunities(seed: 3, runs: 4, tolerance: 2)
        let onePass = graph.leidenCommunities(seed: 3, runs: 4, maxPasses: 1, tolerance: 0)
        let twoPasses = graph.leidenCommunities(seed: 3, runs: 4, maxPasses: 2, tolerance: 0)
        #expect(graph.leidenCommunities(seed: 3, runs: 4, tolerance: 1).membership == twoPasses.membership)
        let converged = graph.leidenCommunities(seed: 3, runs: 4, tolerance: 0)
        #expect(stopped.membership == onePass.membership)
        // On this graph of weak structure, iterating on raises the modularity.
        #expect(converged.modularity > stopped.modularity)
    }

    @Test func aGraphWithoutEdgesHasOnlySingletons() {
        let graph = CompactGraph(nodeCount: 3, sources: [], targets: [], directed: false)
        let found = graph.leidenCommunities()
        #expect(found.membership == [0, 1, 2])
        #expect(found.modularity == 0)
    }

    static func everyCommunityIsConnected(_ graph: CompactGraph, _ membership: [Int]) -> Bool {
        var groups: [Int: [Int]] = [:]
        for (node, community) in membership.enumerated() { groups[community, default: []].append(node) }
        for members in groups.values {
            var seen: Set<Int> = [members[0]]
            var stack = [members[0]]
            while let node = stack.popLast() {
                for neighbor in graph.neighbors(of: node).map(Int.init) where membership[neighbor] == membership[node] {
                    if seen.insert(neighbor).inserted { stack.append(neighbor) }
                }
            }
            if seen.count != members.count { return false }
        }
        return true
    }
}
