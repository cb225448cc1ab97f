import ActorGraph
@testable import ActorGraphAnalysis
import Foundation

/// A graph and NetworkX's answers for it, written by Scripts/generate-centrality-fixtures.py.
struct NetworkXFixture: Decodable {
    struct Parameters: Decodable {
        var normalized: Bool?
        var endpoints: Bool?
        var wassermanFaust: Bool?
        var tolerance: Double?
        var maxIterations: Int?
        var alpha: Double?
        var beta: Double?
        var personalization: [Double]?
        var dangling: [Double]?
    }

    struct Case: Decodable, CustomStringConvertible {
        var measure: String
        var params: Parameters
        /// `exact`, `default` (iterative at NetworkX's default tolerance) or `strict` (tolerance 1e-12).
        var kind: String
        /// NetworkX's scores in node order; null where the measure is undefined (NaN).
        var values: [Double?]?
        var didNotConverge: Bool?

        var description: String { "\(measure) \(kind) \(params)" }

        /// The largest difference allowed: 1e-9 for exact measures and strict iterations,
        /// 1e-6 at NetworkX's default tolerance.
        var allowedDifference: Double { kind == "default" ? 1e-6 : 1e-9 }
    }

    var name: String
    var directed: Bool
    var weighted: Bool
    var nodes: [String]
    var edges: [[Double]]
    var cases: [Case]

    /// Every fixture file's name, without extension.
    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? []
        return files.filter { $0.pathExtension == "json" }.map { $0.deletingPathExtension().lastPathComponent }.sorted()
    }()

    static var directory: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures/centrality")
    }

    static func load(_ name: String) throws -> NetworkXFixture {
        let data = try Data(contentsOf: directory.appendingPathComponent(name + ".json"))
        return try JSONDecoder().decode(NetworkXFixture.self, from: data)
    }

    /// The edge list as a compact graph, merged the way the fixture script merged it for NetworkX.
    var graph: CompactGraph {
        CompactGraph(nodeCount: nodes.count, sources: edges.map { Int32($0[0]) }, targets: edges.map { Int32($0[1]) },
                     weights: weighted ? edges.map { $0[2] } : nil, directed: directed, labels: nodes)
    }

    /// Our answer for one case.
    static func compute(_ testCase: Case, on graph: CompactGraph) throws -> [Double] {
        let parameters = testCase.params
        let tolerance = parameters.tolerance
        switch testCase.measure {
        case "degree": return graph.degreeCentrality(normalized: parameters.normalized ?? true)
        case "in-degree": return graph.inDegreeCentrality(normalized: parameters.normalized ?? true)
        case "out-degree": return graph.outDegreeCentrality(normalized: parameters.normalized ?? true)
        case "strength": return graph.strength()
        case "betweenness":
            return try graph.betweennessCentrality(normalized: parameters.normalized ?? true,
                                               endpoints: parameters.endpoints ?? false)
        case "closeness": return try graph.closenessCentrality(wassermanFaust: parameters.wassermanFaust ?? true)
        case "harmonic": return try graph.harmonicCentrality()
        case "eigenvector":
            return try graph.eigenvectorCentrality(maxIterations: parameters.maxIterations ?? 100,
                                                   tolerance: tolerance ?? 1e-6)
        case "pagerank":
            return try graph.pageRank(alpha: parameters.alpha ?? 0.85, personalization: parameters.personalization,
                                      dangling: parameters.dangling, maxIterations: parameters.maxIterations ?? 100,
                                      tolerance: tolerance ?? 1e-6)
        case "katz":
            return try graph.katzCentrality(alpha: parameters.alpha ?? 0.1, beta: parameters.beta ?? 1,
                                            maxIterations: parameters.maxIterations ?? 1000,
                                            tolerance: tolerance ?? 1e-6, normalized: parameters.normalized ?? true)
        case "constraint": return graph.constraint()
        case "effective-size": return graph.effectiveSize()
        case "hubs", "authorities":
            let result = try graph.hits(maxIterations: parameters.maxIterations ?? 1000, tolerance: tolerance ?? 1e-8)
            return testCase.measure == "hubs" ? result.hubs : result.authorities
        default:
            throw CentralityError.invalidArgument("unknown measure \(testCase.measure) in fixture")
        }
    }
}
