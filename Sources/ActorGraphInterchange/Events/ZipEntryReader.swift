import CZlib

/// Reads the entries of a zip archive one after the other from the front, as a stream:
/// each local file header, then its data (stored, or deflated and inflated on the way),
/// so that no entry is ever copied out to disk. The central directory at the end is not
/// needed and not read. Each entry's CRC-32 is checked when its data ends.
///
/// Directories and macOS's `__MACOSX/` resource entries are skipped. An entry that is
/// stored (not compressed) with its sizes given only after its data cannot be streamed
/// and is refused.
final class ZipEntryReader {
    /// One entry being read.
    final class Entry: EventByteStream {
        let name: String
        private let inner: EventByteStream
        private let expectedChecksum: UInt32?
        private let finish: () throws(EventInputFailure) -> UInt32
        private var ended = false

        init(name: String, inner: EventByteStream, expectedChecksum: UInt32?,
             finish: @escaping () throws(EventInputFailure) -> UInt32) {
            self.name = name
            self.inner = inner
            self.expectedChecksum = expectedChecksum
            self.finish = finish
        }

        func read(into buffer: UnsafeMutableRawBufferPointer) throws(EventInputFailure) -> Int {
            if ended { return 0 }
            let count = try inner.read(into: buffer)
            if count == 0 {
                ended = true
                let descriptorChecksum = try finish()
                let actual = UInt32(truncatingIfNeeded: (inner as? InflatingStream)?.checksum
                                    ?? (inner as? StoredEntryStream)?.checksum ?? 0)
                if actual != (expectedChecksum ?? descriptorChecksum) {
                    throw EventInputFailure(message: "the zip entry '\(name)' is damaged: its CRC-32 does not match its data")
                }
            }
            return count
        }
    }

    private let source: FileDescriptorStream
    private var atEnd = false

    init(source: FileDescriptorStream) {
        self.source = source
    }

    private static func littleEndian(_ bytes: [UInt8], _ offset: Int, _ width: Int) -> UInt64 {
        (0..<width).reduce(UInt64(0)) { $0 | UInt64(bytes[offset + $1]) << (8 * UInt64($1)) }
    }

    /// The next entry with content, or nil after the last. The previous entry must have been
    /// read to its end.
    func nextEntry() throws(EventInputFailure) -> Entry? {
        while !atEnd {
            let signature = try source.peek(4)
            if signature.count < 4 || signature != [0x50, 0x4B, 0x03, 0x04] {
                // The central directory (PK 1 2), or the end record: no more entries.
                if signature.count == 4, signature[0] == 0x50, signature[1] == 0x4B { atEnd = true; return nil }
                throw EventInputFailure(message: signature.isEmpty ? "the zip archive ends before its directory (is it cut short?)"
                                                                   : "the zip archive is damaged: expected an entry header")
            }
            let header = try source.readExactly(30, what: "a zip entry header")
            let flags = Self.littleEndian(header, 6, 2)
            let method = Self.littleEndian(header, 8, 2)
            let checksum = UInt32(Self.littleEndian(header, 14, 4))
            var compressedSize = Self.littleEndian(header, 18, 4)
            let nameLength = Int(Self.littleEndian(header, 26, 2))
            let extraLength = Int(Self.littleEndian(header, 28, 2))
            let nameBytes = try source.readExactly(nameLength, what: "a zip entry name")
            let extra = try source.readExactly(extraLength, what: "a zip entry header")
            let name = String(decoding: nameBytes, as: UTF8.self)
            let sizesFollowData = flags & 0x8 != 0
            var zip64 = false
            // The zip64 extra field (id 1) holds sizes that do not fit 32 bits.
            var offset = 0
            while offset + 4 <= extra.count {
                let id = Self.littleEndian(extra, offset, 2)
                let length = Int(Self.littleEndian(extra, offset + 2, 2))
                if id == 1 {
                    zip64 = true
                    if compressedSize == 0xFFFF_FFFF, offset + 4 + 16 <= extra.count {
                        compressedSize = Self.littleEndian(extra, offset + 4 + 8, 8)
                    }
                }
                offset += 4 + length
            }
            if flags & 0x1 != 0 { throw EventInputFailure(message: "the zip entry '\(name)' is encrypted") }
            let inner: EventByteStream
            switch method {
            case 8:
                inner = try InflatingStream(source: source, framing: .rawDeflate)
            case 0 where !sizesFollowData:
                inner = StoredEntryStream(source: source, size: compressedSize)
            case 0 where name.hasSuffix("/"):
                // A directory holds nothing, whatever its header says.
                inner = StoredEntryStream(source: source, size: 0)
            case 0:
                throw EventInputFailure(message: "the zip entry '\(name)' is stored with its size after its data, "
                    + "which cannot be read as a stream; unzip it first")
            default:
                throw EventInputFailure(message: "the zip entry '\(name)' uses compression method \(method); "
                    + "only stored and deflated entries are read")
            }
            let source = self.source
            let entry = Entry(name: name, inner: inner, expectedChecksum: sizesFollowData ? nil : checksum) { () throws(EventInputFailure) -> UInt32 in
                guard sizesFollowData else { return checksum }
                // The data descriptor: an optional signature, the CRC-32, then both sizes.
                var descriptor = try source.readExactly(4, what: "a zip data descriptor")
                if descriptor == [0x50, 0x4B, 0x07, 0x08] { descriptor = try source.readExactly(4, what: "a zip data descriptor") }
                _ = try source.readExactly(zip64 ? 16 : 8, what: "a zip data descriptor")
                return UInt32(Self.littleEndian(descriptor, 0, 4))
            }
            if name.hasSuffix("/") || name.hasPrefix("__MACOSX/") {
                let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 8)
                defer { scratch.deallocate() }
                while try entry.read(into: scratch) > 0 {}
                continue
            }
            return entry
        }
        return nil
    }
}

/// The bytes of a zip entry stored without compression: a known number of bytes.
final class StoredEntryStream: EventByteStream {
    private let source: FileDescriptorStream
    private var remaining: UInt64
    private(set) var checksum: UInt = 0

    init(source: FileDescriptorStream, size: UInt64) {
        self.source = source
        remaining = size
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(EventInputFailure) -> Int {
        guard remaining > 0 else { return 0 }
        let wanted = Int(min(UInt64(buffer.count), remaining))
        let count = try source.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[..<wanted]))
        if count == 0 { throw EventInputFailure(message: "the zip entry's data ends early (is the archive cut short?)") }
        remaining -= UInt64(count)
        checksum = crc32(checksum, buffer.baseAddress!.assumingMemoryBound(to: Bytef.self), UInt32(count))
        return count
    }
}
