extension GraphArrays {
    /// `result[v] = sum over arcs u -> v of weight(u, v) * x[u]`: the product `Aᵀx` with the
    /// adjacency matrix A, read along in-arcs so that each result is written once.
    func sumOverInArcs(of x: UnsafePointer<Double>, weighted: Bool, into result: UnsafeMutablePointer<Double>) {
        for node in 0..<nodeCount {
            var sum = 0.0
            var arc = inOffsets[node]
            let end = inOffsets[node + 1]
            if weighted {
                while arc < end { sum += inWeights[arc] * x[Int(inSources[arc])]; arc += 1 }
            } else {
                while arc < end { sum += x[Int(inSources[arc])]; arc += 1 }
            }
            result[node] = sum
        }
    }

    /// `result[u] = sum over arcs u -> v of weight(u, v) * x[v]`: the product `Ax`.
    func sumOverOutArcs(of x: UnsafePointer<Double>, weighted: Bool, into result: UnsafeMutablePointer<Double>) {
        for node in 0..<nodeCount {
            var sum = 0.0
            var arc = outOffsets[node]
            let end = outOffsets[node + 1]
            if weighted {
                while arc < end { sum += outWeights[arc] * x[Int(outTargets[arc])]; arc += 1 }
            } else {
                while arc < end { sum += x[Int(outTargets[arc])]; arc += 1 }
            }
            result[node] = sum
        }
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
