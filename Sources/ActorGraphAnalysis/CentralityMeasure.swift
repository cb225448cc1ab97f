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
