/// Node sizes from a score per actor: each node grows with its score over the largest score
/// among the actors drawn.
struct NodeScale {
    /// Score over the largest score, in 0...1, by actor id; nil when no scores were given.
    private let fractions: [String: Double]?

    /// The scale for `actors` (ids) from `scores`; missing, non-finite and non-positive
    /// scores count as zero.
    init(scores: [String: Double], actors: [String]) {
        guard !scores.isEmpty else {
            fractions = nil
            return
        }
        func usable(_ id: String) -> Double {
            guard let score = scores[id], score.isFinite, score > 0 else { return 0 }
            return score
        }
        let largest = actors.map(usable).max() ?? 0
        var fractions: [String: Double] = [:]
        for id in actors { fractions[id] = largest > 0 ? usable(id) / largest : 0 }
        self.fractions = fractions
    }

    /// Font size (points) and minimum width and height (inches) of an actor's node, or nil
    /// when no scores were given.
    func size(of id: String) -> (fontSize: Double, width: Double, height: Double)? {
        guard let fractions else { return nil }
        let fraction = fractions[id] ?? 0
        return (fontSize: 9 + 11 * fraction, width: 0.7 + 1.3 * fraction, height: 0.36 + 0.54 * fraction)
    }
}
