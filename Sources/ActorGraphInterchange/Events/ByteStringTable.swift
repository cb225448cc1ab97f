import Foundation

/// Numbers distinct byte strings (actor codes, CAMEO codes, names) from 0 in order of first
/// appearance, without making a `String` of each: the bytes are kept in one array and found
/// again through an open-addressing hash table.
struct ByteStringTable {
    private var storage: [UInt8] = []
    private var starts: [Int32] = [0]
    private var hashes: [UInt32] = []
    /// Entry number + 1 in each slot, 0 for an empty slot; the count is a power of two.
    private var slots = [Int32](repeating: 0, count: 64)

    /// The number of distinct strings.
    var count: Int { hashes.count }

    /// FNV-1a over the bytes.
    @inline(__always)
    private static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in bytes { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }

    @inline(__always)
    private func equals(_ entry: Int, _ bytes: UnsafeRawBufferPointer) -> Bool {
        let start = Int(starts[entry])
        let length = Int(starts[entry + 1]) - start
        guard length == bytes.count else { return false }
        return storage.withUnsafeBytes { stored in
            length == 0 || memcmp(stored.baseAddress! + start, bytes.baseAddress!, length) == 0
        }
    }

    /// The number of `bytes`, adding it when new; `inserted` says whether it was.
    @inline(__always)
    mutating func insert(_ bytes: UnsafeRawBufferPointer) -> (index: Int32, inserted: Bool) {
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let occupant = Int(slots[slot])
            if occupant == 0 { break }
            if hashes[occupant - 1] == hash, equals(occupant - 1, bytes) { return (Int32(occupant - 1), false) }
            slot = (slot + 1) & mask
        }
        let index = hashes.count
        storage.append(contentsOf: bytes)
        starts.append(Int32(storage.count))
        hashes.append(hash)
        slots[slot] = Int32(index + 1)
        if hashes.count * 2 > slots.count { grow() }
        return (Int32(index), true)
    }

    /// The number of `bytes`, or nil when it is not in the table.
    func index(of bytes: UnsafeRawBufferPointer) -> Int32? {
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let occupant = Int(slots[slot])
            if occupant == 0 { return nil }
            if hashes[occupant - 1] == hash, equals(occupant - 1, bytes) { return Int32(occupant - 1) }
            slot = (slot + 1) & mask
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }

    /// Calls `body` with the bytes of entry `index`.
    @inline(__always)
    func withBytes<Result>(_ index: Int32, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        let start = Int(starts[Int(index)])
        let end = Int(starts[Int(index) + 1])
        return storage.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[start..<end])) }
    }

    /// Entry `index` as text.
    func string(_ index: Int32) -> String {
        withBytes(index) { String(decoding: $0, as: UTF8.self) }
    }
}

extension UnsafeRawBufferPointer {
    /// Whether these bytes sort before `other`'s, byte by byte (a shorter prefix first): the
    /// order SQL engines give text, so that symmetric pairs are ordered alike everywhere.
    @inline(__always)
    func bytesPrecede(_ other: UnsafeRawBufferPointer) -> Bool {
        let common = Swift.min(count, other.count)
        if common > 0 {
            let order = memcmp(baseAddress!, other.baseAddress!, common)
            if order != 0 { return order < 0 }
        }
        return count < other.count
    }
}
