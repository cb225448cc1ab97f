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
        var keys: [UInt64] = []
        keys.reserveCapacity(spans.count)
        for (item, span) in spans.enumerated() where !span.isEmpty {
            // First day shifted to unsigned in the high half keeps the sort by first day.
            let first = UInt64(UInt32(bitPattern: span.first.number) ^ 0x8000_0000)
            keys.append(first << 32 | UInt64(item))
        }
        keys.sort()
        firsts = keys.map { Int32(bitPattern: UInt32(truncatingIfNeeded: $0 >> 32) ^ 0x8000_0000) }
        items = keys.map { Int32(truncatingIfNeeded: $0 & 0xFFFF_FFFF) }
        lasts = items.map { spans[Int($0)].last.number }
        subtreeLatest = lasts
        _ = fillSubtreeLatest(lo: 0, hi: firsts.count)
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
        found.sort()
        return found
    }
}
