/// A monotone priority queue of nodes keyed by non-negative distances, for Dijkstra's algorithm
/// (Ahuja, Mehlhorn, Orlin & Tarjan 1990, "Faster algorithms for the shortest path problem").
///
/// Non-negative IEEE doubles order like their bit patterns read as unsigned integers, so keys
/// are kept as `UInt64` and an entry goes to the bucket numbered by the highest bit in which it
/// differs from the last key taken out. Taking out the minimum empties the lowest non-empty
/// bucket into lower ones; each entry moves at most 64 times and usually once or twice, with
/// none of a binary heap's unpredictable comparisons. Keys pushed must not be below the last
/// key taken out, which Dijkstra's algorithm guarantees for non-negative lengths. A node may be
/// pushed again with a smaller key; the caller skips stale entries when they come out.
///
/// Buckets are raw buffers that grow by doubling and are reused from search to search. The
/// heap owns them: it cannot be copied, and frees them when it goes out of scope.
struct RadixHeap: ~Copyable {
    private struct Entry {
        var key: UInt64
        var node: Int32
    }

    private struct Bucket {
        var entries: UnsafeMutablePointer<Entry>
        var count = 0
        var capacity: Int

        init(capacity: Int) {
            self.capacity = capacity
            entries = .allocate(capacity: capacity)
        }

        @inline(__always)
        mutating func append(_ entry: Entry) {
            if count == capacity {
                let larger = UnsafeMutablePointer<Entry>.allocate(capacity: capacity * 2)
                larger.moveInitialize(from: entries, count: count)
                entries.deallocate()
                entries = larger
                capacity *= 2
            }
            entries[count] = entry
            count += 1
        }
    }

    /// Bucket `i` holds keys whose highest bit differing from `last` is bit `i - 1`; bucket 0
    /// holds keys equal to `last`. Bucket 65 is scratch for redistribution.
    private let buckets: UnsafeMutablePointer<Bucket>
    private var last: UInt64 = 0
    private(set) var count = 0

    init() {
        buckets = .allocate(capacity: 66)
        for index in 0..<66 { (buckets + index).initialize(to: Bucket(capacity: 16)) }
    }

    deinit {
        for index in 0..<66 { buckets[index].entries.deallocate() }
        buckets.deallocate()
    }

    var isEmpty: Bool { count == 0 }

    /// Empties the heap, keeping its storage, and sets the smallest key to come to 0.
    mutating func reset() {
        for index in 0..<66 { buckets[index].count = 0 }
        last = 0
        count = 0
    }

    @inline(__always)
    private func bucket(of key: UInt64) -> Int {
        key == last ? 0 : 64 - (key ^ last).leadingZeroBitCount
    }

    /// Adds `node` with distance `distance` (non-negative, not below the last distance popped).
    @inline(__always)
    mutating func push(_ node: Int32, distance: Double) {
        let key = distance.bitPattern
        buckets[bucket(of: key)].append(Entry(key: key, node: node))
        count += 1
    }

    /// Removes and returns an entry of smallest distance.
    mutating func popMinimum() -> (node: Int32, distance: Double) {
        if buckets[0].count == 0 {
            var index = 1
            while buckets[index].count == 0 { index += 1 }
            let source = buckets[index]
            var smallest = UInt64.max
            for position in 0..<source.count where source.entries[position].key < smallest {
                smallest = source.entries[position].key
            }
            last = smallest
            // Swap the bucket's storage out to the scratch slot, then deal its entries out.
            swap(&buckets[index], &buckets[65])
            buckets[index].count = 0
            let moving = buckets[65]
            for position in 0..<moving.count {
                let entry = moving.entries[position]
                buckets[bucket(of: entry.key)].append(entry)
            }
            buckets[65].count = 0
        }
        buckets[0].count -= 1
        let entry = buckets[0].entries[buckets[0].count]
        count -= 1
        return (entry.node, Double(bitPattern: entry.key))
    }
}
