extension GraphArrays {
    /// `start` plus the sum over arcs `u -> node` of `weight(u, node) * x[u]`, added in arc
    /// order: one entry of `Aᵀx`.
    @inline(__always)
    func inArcSum(at node: Int, of x: UnsafePointer<Double>, weighted: Bool, startingFrom start: Double = 0) -> Double {
        Self.arcSum(at: node, offsets: inOffsets, ends: inSources, weights: inWeights, of: x, weighted: weighted,
                    startingFrom: start)
    }

    /// `result[v] = sum over arcs u -> v of weight(u, v) * x[u]`: the product `Aᵀx` with the
    /// adjacency matrix A, read along in-arcs so that each result is written once.
    func sumOverInArcs(of x: UnsafePointer<Double>, weighted: Bool, into result: UnsafeMutablePointer<Double>) {
        for node in 0..<nodeCount { result[node] = inArcSum(at: node, of: x, weighted: weighted) }
    }

    /// `result[u] = sum over arcs u -> v of weight(u, v) * x[v]`: the product `Ax`.
    func sumOverOutArcs(of x: UnsafePointer<Double>, weighted: Bool, into result: UnsafeMutablePointer<Double>) {
        for node in 0..<nodeCount {
            result[node] = Self.arcSum(at: node, offsets: outOffsets, ends: outTargets, weights: outWeights,
                                       of: x, weighted: weighted, startingFrom: 0)
        }
    }

    /// `start` plus the sum of `weight * x[end]` over the arcs `offsets[node]..<offsets[node + 1]`,
    /// in either direction (the in-arcs' sources or the out-arcs' targets as `ends`).
    @inline(__always)
    private static func arcSum(at node: Int, offsets: UnsafePointer<Int>, ends: UnsafePointer<Int32>,
                               weights: UnsafePointer<Double>, of x: UnsafePointer<Double>, weighted: Bool,
                               startingFrom start: Double) -> Double {
        var sum = start
        var arc = offsets[node]
        let end = offsets[node + 1]
        if weighted {
            while arc < end { sum += weights[arc] * x[Int(ends[arc])]; arc += 1 }
        } else {
            while arc < end { sum += x[Int(ends[arc])]; arc += 1 }
        }
        return sum
    }
}

/// The L1 distance between two vectors.
func absoluteDifferenceSum(_ x: UnsafePointer<Double>, _ y: UnsafePointer<Double>, count: Int) -> Double {
    var sum = 0.0
    for index in 0..<count { sum += abs(x[index] - y[index]) }
    return sum
}

/// The Euclidean norm, scaled to avoid overflow as Python's `math.hypot` is.
func euclideanNorm(_ x: UnsafePointer<Double>, count: Int) -> Double {
    var largest = 0.0
    for index in 0..<count { largest = max(largest, abs(x[index])) }
    if largest == 0 || !largest.isFinite { return largest }
    var sum = 0.0
    for index in 0..<count {
        let scaled = x[index] / largest
        sum += scaled * scaled
    }
    return largest * sum.squareRoot()
}
