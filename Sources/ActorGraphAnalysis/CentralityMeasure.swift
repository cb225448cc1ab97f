import ActorGraph
import Foundation

/// The centrality measures ActorGraph computes, by the names the command line uses.
public enum CentralityMeasure: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    case degree
    case inDegree = "in-degree"
    case outDegree = "out-degree"
    case strength
    case betweenness
    case closeness
    case harmonic
    case eigenvector
    case pagerank
    case katz
    case hubs
    case authorities
    case constraint
    case effectiveSize = "effective-size"

    public var description: String { rawValue }

    /// A heading for reports: "Betweenness", "PageRank", "HITS hubs".
    public var title: String {
        switch self {
        case .degree: return "Degree"
        case .inDegree: return "In-degree"
        case .outDegree: return "Out-degree"
        case .strength: return "Strength"
        case .betweenness: return "Betweenness"
        case .closeness: return "Closeness"
        case .harmonic: return "Harmonic"
        case .eigenvector: return "Eigenvector"
        case .pagerank: return "PageRank"
        case .katz: return "Katz"
        case .hubs: return "HITS hubs"
        case .authorities: return "HITS authorities"
        case .constraint: return "Constraint"
        case .effectiveSize: return "Effective size"
        }
    }

    /// Whether the measure reads weights as path lengths (rather than as strengths).
    public var readsWeightsAsLengths: Bool { self == .betweenness || self == .closeness || self == .harmonic }

    /// Parses a comma-separated list such as `degree,betweenness,pagerank`, keeping its order
    /// and dropping repeats.
    public static func list(parsing text: String) throws(CentralityError) -> [CentralityMeasure] {
        var measures: [CentralityMeasure] = []
        for name in text.split(separator: ",") {
            let trimmed = name.trimmingCharacters(in: .whitespaces).lowercased()
            guard let measure = CentralityMeasure(rawValue: trimmed) else {
                throw .invalidArgument("unknown measure '\(trimmed)'; expected "
                                       + allCases.map(\.rawValue).joined(separator: ", "))
            }
            if !measures.contains(measure) { measures.append(measure) }
        }
        if measures.isEmpty { throw .invalidArgument("no measure named") }
        return measures
    }
}

/// Parameters shared by every measure: NetworkX's defaults unless changed.
public struct CentralitySettings: Hashable, Sendable {
    /// Turn NetworkX's default normalization off: degrees as counts, betweenness as pair counts,
    /// closeness without the Wasserman–Faust correction, Katz and HITS unscaled. Harmonic,
    /// strength, eigenvector, PageRank, constraint and effective size have no normalization to
    /// turn off.
    public var raw = false
    /// PageRank's damping factor.
    public var pageRankAlpha = 0.85
    /// Katz's attenuation factor.
    public var katzAlpha = 0.1
    /// The tolerance of the iterative measures; nil for each measure's NetworkX default.
    public var tolerance: Double?
    /// The iteration limit of the iterative measures; nil for each measure's NetworkX default.
    public var maxIterations: Int?
    /// Threads for the path measures; nil for every core.
    public var threadCount: Int?

    /// NetworkX's defaults.
    public init() {}
}

/// Every requested measure's score for every node of one graph.
public struct CentralityScores: Sendable {
    /// The measures asked for, in order.
    public let measures: [CentralityMeasure]
    /// The node labels (actor ids).
    public let labels: [String]
    /// Scores by measure, indexed by node; a measure that failed has none.
    public let values: [CentralityMeasure: [Double]]
    /// Why a measure has no scores (a power iteration that did not converge).
    public let failures: [CentralityMeasure: CentralityError]

    /// The score of `label` on `measure`, or nil.
    public func score(_ measure: CentralityMeasure, of label: String) -> Double? {
        guard let values = values[measure], let node = labels.firstIndex(of: label) else { return nil }
        return values[node]
    }
}

extension CompactGraph {
    /// Computes each measure in `measures` (HITS once for hubs and authorities). A measure that
    /// fails is reported in ``CentralityScores/failures`` rather than stopping the others; on a
    /// graph without nodes every measure is empty.
    public func centrality(_ measures: [CentralityMeasure], settings: CentralitySettings = CentralitySettings())
        -> CentralityScores {
        var values: [CentralityMeasure: [Double]] = [:]
        var failures: [CentralityMeasure: CentralityError] = [:]
        var hits: (hubs: [Double], authorities: [Double])?
        let normalized = !settings.raw
        for measure in measures {
            if nodeCount == 0 { values[measure] = []; continue }
            do throws(CentralityError) {
                switch measure {
                case .degree: values[measure] = degreeCentrality(normalized: normalized)
                case .inDegree: values[measure] = inDegreeCentrality(normalized: normalized)
                case .outDegree: values[measure] = outDegreeCentrality(normalized: normalized)
                case .strength: values[measure] = strength()
                case .betweenness:
                    values[measure] = try betweennessCentrality(normalized: normalized, threadCount: settings.threadCount)
                case .closeness:
                    values[measure] = try closenessCentrality(wassermanFaust: normalized, threadCount: settings.threadCount)
                case .harmonic: values[measure] = try harmonicCentrality(threadCount: settings.threadCount)
                case .eigenvector:
                    values[measure] = try eigenvectorCentrality(maxIterations: settings.maxIterations ?? 100,
                                                                tolerance: settings.tolerance ?? 1e-6)
                case .pagerank:
                    values[measure] = try pageRank(alpha: settings.pageRankAlpha, maxIterations: settings.maxIterations ?? 100,
                                                   tolerance: settings.tolerance ?? 1e-6)
                case .katz:
                    values[measure] = try katzCentrality(alpha: settings.katzAlpha, maxIterations: settings.maxIterations ?? 1000,
                                                         tolerance: settings.tolerance ?? 1e-6, normalized: normalized)
                case .hubs, .authorities:
                    if hits == nil {
                        hits = try self.hits(maxIterations: settings.maxIterations ?? 1000,
                                             tolerance: settings.tolerance ?? 1e-8, normalized: normalized)
                    }
                    values[measure] = measure == .hubs ? hits?.hubs : hits?.authorities
                case .constraint: values[measure] = constraint()
                case .effectiveSize: values[measure] = effectiveSize()
                }
            } catch {
                failures[measure] = error
                if measure == .hubs || measure == .authorities {
                    for other in [CentralityMeasure.hubs, .authorities] where measures.contains(other) { failures[other] = error }
                }
            }
        }
        return CentralityScores(measures: measures, labels: labels, values: values, failures: failures)
    }
}
