import Dispatch
import Foundation

/// Work over every source node, split into chunks that depend only on the number of nodes,
/// never on the number of threads, so that per-chunk partial results can be combined in chunk
/// order and every thread count gives the same bits.
struct SourceChunks {
    /// The chunks, contiguous and ascending, covering `0..<count`.
    let ranges: [Range<Int>]

    /// Splits `0..<count` into at most `maximumChunks` chunks of near-equal size (at least one
    /// element each), fewer when `bytesPerChunk` times the chunk count would exceed `memoryBudget`.
    init(count: Int, maximumChunks: Int = 64, bytesPerChunk: Int = 0, memoryBudget: Int = 512 << 20) {
        var chunkCount = min(max(count, 1), maximumChunks)
        if bytesPerChunk > 0 { chunkCount = max(1, min(chunkCount, memoryBudget / bytesPerChunk)) }
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(chunkCount)
        for chunk in 0..<chunkCount {
            let lower = count * chunk / chunkCount
            let upper = count * (chunk + 1) / chunkCount
            ranges.append(lower..<upper)
        }
        self.ranges = ranges
    }

    /// The number of threads to use when the caller gives none: every active processor.
    static var defaultThreadCount: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Calls `body(chunk)` for every chunk index, on up to `threadCount` threads; worker `w`
    /// takes chunks `w`, `w + threads`, ... `body` must write only to memory of its own chunk.
    func forEach(threadCount: Int?, _ body: @Sendable (Int) -> Void) {
        let threads = min(max(threadCount ?? SourceChunks.defaultThreadCount, 1), ranges.count)
        if threads <= 1 {
            for chunk in ranges.indices { body(chunk) }
            return
        }
        let chunkCount = ranges.count
        DispatchQueue.concurrentPerform(iterations: threads) { worker in
            var chunk = worker
            while chunk < chunkCount {
                body(chunk)
                chunk += threads
            }
        }
    }
}

/// A raw buffer handed to worker threads that each write disjoint parts of it.
///
/// The buffer owns its memory: it cannot be copied, and frees the memory when it goes out of
/// scope, so no copy can free it twice.
struct SharedBuffer<Element>: ~Copyable, @unchecked Sendable {
    let base: UnsafeMutablePointer<Element>
    let count: Int

    /// Allocates `count` elements set to `value`.
    init(count: Int, repeating value: Element) {
        base = UnsafeMutablePointer<Element>.allocate(capacity: max(count, 1))
        base.initialize(repeating: value, count: max(count, 1))
        self.count = count
    }

    subscript(index: Int) -> Element {
        get { base[index] }
        nonmutating set { base[index] = newValue }
    }

    /// The contents as an array.
    var array: [Element] { Array(UnsafeBufferPointer(start: base, count: count)) }

    deinit {
        base.deinitialize(count: max(count, 1))
        base.deallocate()
    }
}
