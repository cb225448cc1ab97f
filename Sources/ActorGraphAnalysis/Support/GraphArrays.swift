import ActorGraph

/// Raw pointers to a ``CompactGraph``'s arrays for the hot loops, valid while `graph` lives
/// (the arrays are immutable, so reading them from many threads is safe).
struct GraphArrays: @unchecked Sendable {
    let nodeCount: Int
    let outOffsets: UnsafePointer<Int>
    let outTargets: UnsafePointer<Int32>
    let outWeights: UnsafePointer<Double>
    let inOffsets: UnsafePointer<Int>
    let inSources: UnsafePointer<Int32>
    let inWeights: UnsafePointer<Double>

    /// Calls `body` with pointers into `graph`'s storage.
    static func with<Result>(_ graph: CompactGraph, _ body: (GraphArrays) throws -> Result) rethrows -> Result {
        try graph.outOffsets.withUnsafeBufferPointer { outOffsets in
        try graph.outTargets.withUnsafeBufferPointer { outTargets in
        try graph.outWeights.withUnsafeBufferPointer { outWeights in
        try graph.inOffsets.withUnsafeBufferPointer { inOffsets in
        try graph.inSources.withUnsafeBufferPointer { inSources in
        try graph.inWeights.withUnsafeBufferPointer { inWeights in
            try body(GraphArrays(
                nodeCount: graph.nodeCount,
                outOffsets: baseAddressOrStandIn(outOffsets), outTargets: baseAddressOrStandIn(outTargets),
                outWeights: baseAddressOrStandIn(outWeights), inOffsets: baseAddressOrStandIn(inOffsets),
                inSources: baseAddressOrStandIn(inSources), inWeights: baseAddressOrStandIn(inWeights)))
        }}}}}}
    }
}

/// The base address of `buffer`, or, for an empty buffer (which may have none), a never-read
/// stand-in, so that hot loops can take plain pointers.
func baseAddressOrStandIn<T>(_ buffer: UnsafeBufferPointer<T>) -> UnsafePointer<T> {
    buffer.baseAddress ?? UnsafePointer(emptyStorage.assumingMemoryBound(to: T.self))
}

/// Aligned storage that stands in for the base address of an empty array; never read.
nonisolated(unsafe) private let emptyStorage = UnsafeMutableRawPointer.allocate(byteCount: 16, alignment: 16)
