/// Numbers the (kind, source, target) keys of runs from 0 in order of first appearance,
/// through an open-addressing hash table of plain integers (no hashing of Swift values).
struct PairKindTable {
    private var keys: [EventMerger.Key] = []
    /// Key number + 1 in each slot, 0 for an empty slot; the count is a power of two.
    private var slots = [Int32](repeating: 0, count: 1024)

    var count: Int { keys.count }

    subscript(number: Int32) -> EventMerger.Key { keys[Int(number)] }

    @inline(__always)
    private static func hash(_ key: EventMerger.Key) -> Int {
        var value = UInt64(UInt32(bitPattern: key.source)) | UInt64(UInt32(bitPattern: key.target)) << 32
        value ^= UInt64(UInt32(bitPattern: key.kind)) &* 0x9E37_79B9_7F4A_7C15
        value = (value ^ (value >> 31)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 29)) &* 0x94D0_49BB_1331_11EB
        return Int(truncatingIfNeeded: value ^ (value >> 32))
    }

    /// The number of `key`, adding it when new; `inserted` says whether it was.
    @inline(__always)
    mutating func insert(_ key: EventMerger.Key) -> (number: Int32, inserted: Bool) {
        let mask = slots.count - 1
        var slot = Self.hash(key) & mask
        while true {
            let occupant = Int(slots[slot])
            if occupant == 0 { break }
            if keys[occupant - 1] == key { return (Int32(occupant - 1), false) }
            slot = (slot + 1) & mask
        }
        keys.append(key)
        slots[slot] = Int32(keys.count)
        if keys.count * 2 > slots.count { grow() }
        return (Int32(keys.count - 1), true)
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, key) in keys.enumerated() {
            var slot = Self.hash(key) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }
}
