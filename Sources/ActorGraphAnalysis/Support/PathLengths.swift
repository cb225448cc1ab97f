import ActorGraph

extension CompactGraph {
    /// Checks that a weighted graph's weights can serve as path lengths: shortest paths need
    /// non-negative numbers (NetworkX's Dijkstra rejects negative ones too).
    func requireLengths(for measure: String) throws(CentralityError) {
        guard isWeighted else { return }
        for (arc, weight) in outWeights.enumerated() where !(weight >= 0) {
            let source = outOffsets.lastIndex { $0 <= arc } ?? 0
            throw .invalidArgument("\(measure) reads weights as lengths, but the edge \(labels[source]) -> "
                                   + "\(labels[Int(outTargets[arc])]) weighs \(weight); lengths must be non-negative")
        }
    }
}
