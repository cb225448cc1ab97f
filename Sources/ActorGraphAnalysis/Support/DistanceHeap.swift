/// An indexed binary min-heap of nodes keyed by tentative distance, with decrease-key, for
/// Dijkstra's algorithm. Its storage is allocated once and reused from source to source.
struct DistanceHeap {
    private let nodes: UnsafeMutablePointer<Int32>
    private let keys: UnsafeMutablePointer<Double>
    /// Each node's slot in the heap, or -1 when it is not in the heap.
    private let slots: UnsafeMutablePointer<Int32>
    private(set) var count = 0
    private let capacity: Int

    /// A heap for nodes `0..<capacity`.
    init(capacity: Int) {
        self.capacity = max(capacity, 1)
        nodes = .allocate(capacity: self.capacity)
        keys = .allocate(capacity: self.capacity)
        slots = .allocate(capacity: self.capacity)
        slots.initialize(repeating: -1, count: self.capacity)
    }

    func deallocate() {
        nodes.deallocate()
        keys.deallocate()
        slots.deallocate()
    }

    var isEmpty: Bool { count == 0 }

    /// Inserts `node` with `key`, or lowers its key when it is already in the heap.
    mutating func insertOrDecrease(_ node: Int32, key: Double) {
        var slot = Int(slots[Int(node)])
        if slot < 0 {
            slot = count
            count += 1
        } else if keys[slot] <= key {
            return
        }
        // Sift up from `slot`.
        while slot > 0 {
            let parent = (slot - 1) >> 1
            if keys[parent] <= key { break }
            nodes[slot] = nodes[parent]
            keys[slot] = keys[parent]
            slots[Int(nodes[slot])] = Int32(slot)
            slot = parent
        }
        nodes[slot] = node
        keys[slot] = key
        slots[Int(node)] = Int32(slot)
    }

    /// Removes and returns the node with the smallest key.
    mutating func popMinimum() -> (node: Int32, key: Double) {
        let top = (nodes[0], keys[0])
        slots[Int(top.0)] = -1
        count -= 1
        if count > 0 {
            let node = nodes[count]
            let key = keys[count]
            var slot = 0
            while true {
                var child = 2 * slot + 1
                if child >= count { break }
                if child + 1 < count && keys[child + 1] < keys[child] { child += 1 }
                if keys[child] >= key { break }
                nodes[slot] = nodes[child]
                keys[slot] = keys[child]
                slots[Int(nodes[slot])] = Int32(slot)
                slot = child
            }
            nodes[slot] = node
            keys[slot] = key
            slots[Int(node)] = Int32(slot)
        }
        return top
    }
}
