import CZlib

/// The inflated bytes of deflate data read from another stream: a gzip file (every member
/// of it, one after the other, as `gunzip` gives them) or one entry of a zip archive (raw
/// deflate, ending where its data ends).
final class InflatingStream: EventByteStream {
    /// What the compressed bytes are.
    enum Framing {
        /// A gzip file: one or more members, each with its header and trailer.
        case gzip
        /// Raw deflate data, as a zip entry holds it; the stream ends with the deflate data.
        case rawDeflate
    }

    private let source: FileDescriptorStream
    private let framing: Framing
    private var stream = z_stream()
    private var input: UnsafeMutableRawBufferPointer
    private var finished = false
    /// CRC-32 of the bytes inflated so far (zip entries are checked against it).
    private(set) var checksum: UInt = crc32(0, nil, 0)
    /// Bytes inflated so far.
    private(set) var inflatedCount = 0

    init(source: FileDescriptorStream, framing: Framing) throws(EventInputFailure) {
        self.source = source
        self.framing = framing
        input = .allocate(byteCount: 1 << 18, alignment: 16)
        let status = framing == .gzip ? actorgraph_inflate_init_gzip(&stream) : actorgraph_inflate_init_raw(&stream)
        guard status == Z_OK else {
            input.deallocate()
            throw EventInputFailure(message: "zlib could not start inflating (status \(status))")
        }
    }

    deinit {
        inflateEnd(&stream)
        input.deallocate()
    }

    /// Bytes read past the end of the deflate data (a zip entry's data descriptor and the
    /// next entry): handed back to the source when the entry ends.
    private func returnUnusedInput() {
        guard stream.avail_in > 0, let next = stream.next_in else { return }
        source.pushBack(UnsafeRawBufferPointer(start: next, count: Int(stream.avail_in)))
        stream.avail_in = 0
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(EventInputFailure) -> Int {
        guard !finished, buffer.count > 0 else { return 0 }
        stream.next_out = buffer.baseAddress!.assumingMemoryBound(to: Bytef.self)
        stream.avail_out = UInt32(min(buffer.count, Int(UInt32.max)))
        while stream.avail_out > 0 {
            if stream.avail_in == 0 {
                let count = try source.read(into: input)
                if count == 0 {
                    // gzip members may follow one another; the file may end after any of them.
                    if framing == .gzip, atMemberStart { finished = true; break }
                    throw EventInputFailure(message: framing == .gzip
                        ? "the gzip data ends early (is the file cut short?)"
                        : "the zip entry's compressed data ends early (is the archive cut short?)")
                }
                stream.next_in = input.baseAddress!.assumingMemoryBound(to: Bytef.self)
                stream.avail_in = UInt32(count)
            }
            atMemberStart = false
            let status = inflate(&stream, Z_NO_FLUSH)
            if status == Z_STREAM_END {
                if framing == .rawDeflate {
                    finished = true
                    returnUnusedInput()
                    break
                }
                // Another gzip member may follow: gunzip reads them all, one after the other.
                inflateReset(&stream)
                atMemberStart = true
                continue
            }
            guard status == Z_OK || status == Z_BUF_ERROR else {
                let detail = stream.msg.map { String(cString: $0) } ?? "status \(status)"
                throw EventInputFailure(message: (framing == .gzip ? "the gzip data is damaged: " : "the zip entry's data is damaged: ")
                    + detail)
            }
        }
        let written = buffer.count - Int(stream.avail_out)
        if written > 0 {
            checksum = crc32(checksum, buffer.baseAddress!.assumingMemoryBound(to: Bytef.self), UInt32(written))
            inflatedCount += written
        }
        return written
    }

    /// True between gzip members (and before the first), where the input may end cleanly.
    private var atMemberStart = true
}
