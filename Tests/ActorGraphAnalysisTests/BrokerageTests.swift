import ActorGraph
@testable import ActorGraphAnalysis
import Foundation
import Testing

/// A graph with groups and R's `sna::brokerage` answer, written by
/// Scripts/generate-brokerage-fixtures.R.
struct SNABrokerageFixture: Decodable {
    var name: String
    var directed: Bool
    var nodes: [String]
    var groups: [Int]
    var edges: [[Int32]]
    /// `raw.nli`: one row per node, columns w_I, w_O, b_IO, b_OI, b_O, t.
    var raw: [[Int]]
    /// `z.nli`, null where sna's deviation is zero.
    var z: [[Double?]]

    static let directory = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/brokerage")

    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? []
        return files.filter { $0.pathExtension == "json" }.map { $0.deletingPathExtension().lastPathComponent }.sorted()
    }()

    static func load(_ name: String) throws -> SNABrokerageFixture {
        try JSONDecoder().decode(SNABrokerageFixture.self,
                                 from: Data(contentsOf: directory.appendingPathComponent(name + ".json")))
    }

    var graph: CompactGraph {
        CompactGraph(nodeCount: nodes.count, sources: edges.map { $0[0] }, targets: edges.map { $0[1] },
                     directed: directed, labels: nodes)
    }
}

@Suite struct BrokerageTests {
    /// sna's column order.
    static let columns: [BrokerageRole] = [.coordinator, .itinerant, .representative, .gatekeeper, .liaison, .total]

    @Test func fixturesArePresent() {
        #expect(SNABrokerageFixture.names.count >= 5)
    }

    @Test(arguments: SNABrokerageFixture.names)
    func rawCountsMatchSNA(fixtureName: String) throws {
        let fixture = try SNABrokerageFixture.load(fixtureName)
        let roles = fixture.graph.brokerage(groups: fixture.groups)
        #expect(roles.counts.count == fixture.raw.count)
        for (node, expected) in fixture.raw.enumerated() {
            let actual = Self.columns.map { roles.counts[node][$0] ?? -1 }
            #expect(actual == expected, "\(fixtureName): node \(fixture.nodes[node])")
        }
    }

    @Test(arguments: SNABrokerageFixture.names)
    func zScoresMatchSNA(fixtureName: String) throws {
        let fixture = try SNABrokerageFixture.load(fixtureName)
        let scores = fixture.graph.brokerage(groups: fixture.groups).zScores
        for (node, expected) in fixture.z.enumerated() {
            for (role, theirs) in zip(Self.columns, expected) {
                let ours = scores[node][role] ?? nil
                if let theirs {
                    let difference = abs((ours ?? .infinity) - theirs)
                    #expect(difference <= 1e-9 * max(1, abs(theirs)), "\(fixtureName): \(role) of node \(node)")
                } else {
                    #expect(ours == nil, "\(fixtureName): \(role) of node \(node) has a score; sna's is undefined")
                }
            }
        }
    }

    /// Gould and Fernandez's five roles, one two-path each, groups as in their Figure 1.
    @Test func eachRoleFromItsDefinition() {
        // Broker 1 in every case; groups given for (i, j, k) = (0, 1, 2).
        let cases: [(groups: [Int], role: BrokerageRole)] = [
            ([0, 0, 0], .coordinator), ([0, 1, 0], .itinerant), ([0, 0, 1], .representative),
            ([0, 1, 1], .gatekeeper), ([0, 1, 2], .liaison),
        ]
        let path = CompactGraph(nodeCount: 3, sources: [0, 1], targets: [1, 2], directed: true)
        let closed = CompactGraph(nodeCount: 3, sources: [0, 1, 0], targets: [1, 2, 2], directed: true)
        for (groups, role) in cases {
            let counts = path.brokerage(groups: groups).counts[1]
            #expect(counts[role] == 1, "\(role)")
            #expect(counts[.total] == 1)
            #expect(closed.brokerage(groups: groups).counts[1][.total] == 0, "a direct tie leaves no one to broker")
        }
    }
}
