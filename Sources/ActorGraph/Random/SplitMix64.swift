/// SplitMix64 (Steele, Lea & Flood, 2014): a small, fast generator whose stream depends on
/// the seed alone, so that seeded algorithms and randomised tests give the same answer on
/// every machine and every run.
///
/// ```swift
/// var random = SplitMix64(state: 2001)
/// let pick = Int.random(in: 0..<10, using: &random)
/// ```
package struct SplitMix64: RandomNumberGenerator {
    /// The generator's whole state; the seed at the start.
    package var state: UInt64

    /// A generator seeded with `state`.
    package init(state: UInt64) {
        self.state = state
    }

    /// The next 64 random bits.
    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number drawn uniformly from [0, 1), from the top 53 bits of one draw.
    package mutating func unitInterval() -> Double {
        Double(next() >> 11) / Double(UInt64(1) << 53)
    }

    /// Fills `order[0..<count]` with a uniformly shuffled `0..<count` (Fisher–Yates).
    package mutating func shuffle(_ order: UnsafeMutablePointer<Int32>, count: Int) {
        for index in 0..<count { order[index] = Int32(index) }
        for index in stride(from: count - 1, to: 0, by: -1) {
            let other = Int(next() % UInt64(index + 1))
            let value = order[index]
            order[index] = order[other]
            order[other] = value
        }
    }
}
