/// Runs a power-style iteration on `vector` until it converges.
///
/// Each round `step(x, y)` writes the next vector into `y` from the current one `x` and returns
/// its L1 change, or nil when `y` is final whatever the change; the two buffers (`vector`'s own
/// and one scratch buffer of the same length) then swap roles. The iteration has converged when
/// a change falls below `threshold` (NetworkX's `n × tol` for most measures) or a step returns
/// nil; the last vector is then left in `vector`, wherever the last round wrote it. Returns
/// false after `maxIterations` rounds without convergence, `vector` then holding an
/// unspecified intermediate vector.
@inline(__always)
func iterateUntilConverged(_ vector: inout [Double], maxIterations: Int, threshold: Double,
                           step: (_ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>) -> Double?) -> Bool {
    let count = vector.count
    if count == 0 { return true }
    var scratch = [Double](repeating: 0, count: count)
    return vector.withUnsafeMutableBufferPointer { vectorBuffer in
        scratch.withUnsafeMutableBufferPointer { scratchBuffer in
            let current = vectorBuffer.baseAddress!
            var x = current
            var y = scratchBuffer.baseAddress!
            for _ in 0..<maxIterations {
                let change = step(x, y)
                swap(&x, &y)
                if change.map({ $0 < threshold }) ?? true {
                    if x != current { current.update(from: x, count: count) }
                    return true
                }
            }
            return false
        }
    }
}
