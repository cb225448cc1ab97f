/// A static index of closed day intervals answering "which intervals share a day with
/// [a, b]" in O(log n + k log n) time, for n intervals and k answers.
///
/// Intervals are sorted by their first day and viewed as an implicit balanced binary search
/// tree: the node of the range `lo..<hi` is its middle element, and each node records the
/// latest last day in its subtree. A query skips every subtree whose latest last day is
/// before `a`, and every right subtree whose starts are past `b`. Four flat `Int32` arrays
/// hold the whole structure (16 bytes an interval), built in one sort.
public struct IntervalIndex: Sendable {
    /// First days, ascending.
    private var firsts: [Int32] = []
    /// Last days, in the same order.
    private var lasts: [Int32] = []
    /// The latest last day in the subtree rooted at each position.
    private var subtreeLatest: [Int32] = []
    /// The caller's item number of each interval.
    private var items: [Int32] = []

    /// Builds the index over `spans`; item `i` is `spans[i]`. Empty spans are left out.
    public init(spans: [DaySpan]) {
        var unsortedItems: [Int32] = []
        unsortedItems.reserveCapacity(spans.count)
        for (item, span) in spans.enumerated() where !span.isEmpty { unsortedItems.append(Int32(item)) }
        items = Self.sortedByFirstDay(unsortedItems, spans: spans)
        firsts = items.map { spans[Int($0)].first.number }
        lasts = items.map { spans[Int($0)].last.number }
        subtreeLatest = lasts
        _ = fillSubtreeLatest(lo: 0, hi: firsts.count)
    }

    /// A stable least-significant-digit radix sort of items by first day: two passes over
    /// 16-bit digits of the day shifted to unsigned, so O(n) where a comparison sort is O(n log n).
    private static func sortedByFirstDay(_ items: [Int32], spans: [DaySpan]) -> [Int32] {
        var current = items
        var keys = items.map { UInt32(bitPattern: spans[Int($0)].first.number) ^ 0x8000_0000 }
        var nextItems = [Int32](repeating: 0, count: items.count)
        var nextKeys = [UInt32](repeating: 0, count: items.count)
        for shift in [UInt32(0), 16] {
            var counts = [Int](repeating: 0, count: 65_537)
            for key in keys { counts[Int((key >> shift) & 0xFFFF) + 1] += 1 }
            if counts[1...].contains(items.count) { continue }  // every key has this digit: already in order
            for digit in 1..<counts.count { counts[digit] += counts[digit - 1] }
            for index in current.indices {
                let digit = Int((keys[index] >> shift) & 0xFFFF)
                nextItems[counts[digit]] = current[index]
                nextKeys[counts[digit]] = keys[index]
                counts[digit] += 1
            }
            swap(&current, &nextItems)
            swap(&keys, &nextKeys)
        }
        return current
    }

    /// Number of indexed (non-empty) intervals.
    public var count: Int { items.count }

    private mutating func fillSubtreeLatest(lo: Int, hi: Int) -> Int32 {
        if lo >= hi { return Int32.min }
        let mid = (lo + hi) / 2
        let latest = max(lasts[mid], fillSubtreeLatest(lo: lo, hi: mid), fillSubtreeLatest(lo: mid + 1, hi: hi))
        subtreeLatest[mid] = latest
        return latest
    }

    /// Calls `body` with the item number of every interval sharing a day with `span`,
    /// in no particular order.
    public func forEachItem(overlapping span: DaySpan, _ body: (Int32) -> Void) {
        if span.isEmpty || items.isEmpty { return }
        let queryFirst = span.first.number
        let queryLast = span.last.number
        firsts.withUnsafeBufferPointer { firsts in
        lasts.withUnsafeBufferPointer { lasts in
        subtreeLatest.withUnsafeBufferPointer { subtreeLatest in
        items.withUnsafeBufferPointer { items in
            // An explicit stack of (lo, hi) ranges; depth is at most 2 log2(n) + 2.
            var stack = [(Int, Int)]()
            stack.reserveCapacity(96)
            stack.append((0, firsts.count))
            while let (lo, hi) = stack.popLast() {
                if lo >= hi { continue }
                let mid = (lo + hi) / 2
                if subtreeLatest[mid] < queryFirst { continue }
                stack.append((lo, mid))
                if firsts[mid] <= queryLast {
                    if lasts[mid] >= queryFirst { body(items[mid]) }
                    stack.append((mid + 1, hi))
                }
            }
        }}}}
    }

    /// The item numbers of every interval sharing a day with `span`, ascending.
    public func items(overlapping span: DaySpan) -> [Int32] {
        var found: [Int32] = []
        forEachItem(overlapping: span) { found.append($0) }
        guard found.count > 64, let largest = found.max() else { return found.sorted() }
        // For large answers a bitmap over item numbers gives the order in O(k + n/64).
        var bits = [UInt64](repeating: 0, count: Int(largest) / 64 + 1)
        for item in found { bits[Int(item) >> 6] |= 1 << UInt64(item & 63) }
        var position = 0
        for (word, var remaining) in bits.enumerated() {
            while remaining != 0 {
                found[position] = Int32(word << 6 | remaining.trailingZeroBitCount)
                position += 1
                remaining &= remaining - 1
            }
        }
        return found
    }
}
