/// Why a centrality measure has no answer.
public enum CentralityError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A power iteration did not meet its tolerance within the allowed iterations (NetworkX's
    /// `PowerIterationFailedConvergence`).
    case didNotConverge(measure: String, iterations: Int)
    /// An argument cannot be used: an all-zero personalization, a vector of the wrong length.
    case invalidArgument(String)

    public var description: String {
        switch self {
        case let .didNotConverge(measure, iterations):
            return "\(measure) did not converge in \(iterations) iterations"
        case let .invalidArgument(message):
            return message
        }
    }
}
