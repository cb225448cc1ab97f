/// Runs a power-style iteration on two buffers of `count` values until it converges.
///
/// Each round `step(x, y)` writes the next vector into `y` from the current one `x` and returns
/// its L1 change, or nil when `y` is final whatever the change; the buffers then swap roles. The
/// iteration has converged when a change falls below `threshold` (NetworkX's `n × tol` for most
/// measures) or a step returns nil; the last vector is then left in `current`, wherever the last
/// round wrote it. Returns false after `maxIterations` rounds
/// without convergence, `current` then holding an unspecified intermediate vector.
@inline(__always)
func iterateUntilConverged(current: UnsafeMutablePointer<Double>, next: UnsafeMutablePointer<Double>,
                           count: Int, maxIterations: Int, threshold: Double,
                           step: (_ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>) -> Double?) -> Bool {
    var x = current
    var y = next
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
