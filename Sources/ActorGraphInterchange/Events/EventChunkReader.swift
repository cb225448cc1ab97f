import ActorGraph
import Foundation

/// A piece of one part of an event input: whole lines (whole records), in a buffer of its
/// own that goes back to the reader's pool when the chunk is freed.
final class EventChunk: @unchecked Sendable {
    /// The part's number among all parts read, from 0, and its name in messages.
    let part: Int
    let partName: String
    /// Whether this is the part's first chunk (its line numbers start the count).
    let startsPart: Bool
    /// Lines before the chunk's first that the reader consumed itself (a header row).
    let linesBefore: Int
    /// How the part's records are read.
    let parser: any EventChunkParser
    /// Input bytes read when the chunk was cut (compressed bytes for a compressed input).
    let inputBytesRead: Int
    private let buffer: UnsafeMutableRawBufferPointer
    private let count: Int
    private let pool: EventChunkReader.BufferPool

    init(part: Int, partName: String, startsPart: Bool, linesBefore: Int, parser: any EventChunkParser,
         inputBytesRead: Int, buffer: UnsafeMutableRawBufferPointer, count: Int, pool: EventChunkReader.BufferPool) {
        self.part = part
        self.partName = partName
        self.startsPart = startsPart
        self.linesBefore = linesBefore
        self.parser = parser
        self.inputBytesRead = inputBytesRead
        self.buffer = buffer
        self.count = count
        self.pool = pool
    }

    deinit { pool.giveBack(buffer) }

    /// The chunk's bytes.
    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: buffer[..<count]) }
}

/// Reads event inputs part by part and cuts them into chunks of about `chunkSize` bytes
/// that end at a line end (for CSV, one outside quotes), so that chunks can be parsed
/// independently. Where chunks are cut depends only on the bytes and the chunk size, never
/// on the number of threads.
final class EventChunkReader {
    /// Buffers of one size, reused from chunk to chunk.
    final class BufferPool: @unchecked Sendable {
        let size: Int
        private var free: [UnsafeMutableRawBufferPointer] = []
        private let lock = NSLock()

        init(size: Int) { self.size = size }

        deinit { for buffer in free { buffer.deallocate() } }

        func take() -> UnsafeMutableRawBufferPointer {
            lock.lock()
            defer { lock.unlock() }
            return free.popLast() ?? .allocate(byteCount: size, alignment: 64)
        }

        func giveBack(_ buffer: UnsafeMutableRawBufferPointer) {
            guard buffer.count == size else { return buffer.deallocate() }
            lock.lock()
            free.append(buffer)
            lock.unlock()
        }
    }

    /// The longest line read: past it the input is refused rather than buffered whole (one
    /// value's limit, far past any event record: GDELT's are about a kilobyte).
    let maximumLineBytes: Int

    private let inputs: [String]
    private let header: (UnsafeRawBufferPointer) -> Result<any EventChunkParser, EventHeaderFailure>?
    private let quoted: Bool
    let pool: BufferPool
    private var inputIndex = -1
    private var input: EventInput?
    private var part: EventInput.Part?
    private var partNumber = -1
    private var parser: (any EventChunkParser)?
    private var partStarted = false
    private var linesBefore = 0
    /// Bytes of the current part read but not yet handed out in a chunk.
    private var carry: [UInt8] = []
    /// Bytes read from inputs before the current one.
    private var earlierInputBytes = 0

    /// - Parameters:
    ///   - header: makes the parser of a part from its first line, or returns nil when the
    ///     format has no header row (then `headerless` reads every line).
    ///   - quoted: whether a line end inside double quotes belongs to a field (CSV).
    init(inputs: [String], chunkSize: Int, maximumLineBytes: Int = ReadLimits.defaultValueBytes, quoted: Bool,
         header: @escaping (UnsafeRawBufferPointer) -> Result<any EventChunkParser, EventHeaderFailure>?) {
        self.inputs = inputs
        self.maximumLineBytes = maximumLineBytes
        self.quoted = quoted
        self.header = header
        pool = BufferPool(size: max(chunkSize, 16))
    }

    /// Input bytes read so far, over every input.
    var inputBytesRead: Int { earlierInputBytes + (input?.bytesRead ?? 0) }

    /// A failure while reading: the part's name, the line reached (counted by the caller), the message.
    struct Failure: Error {
        var file: String
        var message: String
        /// True when the failure is the header row's; the column is given.
        var headerColumn: Int?
    }

    /// The next chunk, or nil when every input has been read.
    func next() throws(Failure) -> EventChunk? {
        while true {
            if part == nil {
                guard try openNextPart() else { return nil }
            }
            if let chunk = try readChunk() { return chunk }
            part = nil
        }
    }

    private func openNextPart() throws(Failure) -> Bool {
        while true {
            if let input {
                do {
                    if let next = try input.nextPart() {
                        part = next
                        partNumber += 1
                        partStarted = false
                        parser = nil
                        linesBefore = 0
                        carry.removeAll(keepingCapacity: true)
                        return true
                    }
                } catch {
                    throw Failure(file: input.displayName, message: error.message)
                }
                earlierInputBytes += input.bytesRead
                self.input = nil
            }
            inputIndex += 1
            guard inputIndex < inputs.count else { return false }
            do {
                input = try EventInput(path: inputs[inputIndex])
            } catch {
                let diagnostic = error.diagnostics.first
                throw Failure(file: diagnostic?.file ?? inputs[inputIndex], message: diagnostic?.message ?? "cannot be read")
            }
        }
    }

    /// Reads the next chunk of the current part, or nil at its end.
    private func readChunk() throws(Failure) -> EventChunk? {
        guard let part else { return nil }
        var buffer = pool.take()
        if carry.count >= buffer.count {
            // What a long line left over does not fit a pooled buffer: one of its own, room to spare.
            pool.giveBack(buffer)
            buffer = .allocate(byteCount: carry.count + pool.size, alignment: 64)
        }
        var filled = 0
        func release() { pool.giveBack(buffer) }
        carry.withUnsafeBytes { carried in
            if carried.count > 0 { buffer.baseAddress!.copyMemory(from: carried.baseAddress!, byteCount: carried.count) }
        }
        filled = carry.count
        carry.removeAll(keepingCapacity: true)
        var atEnd = false
        while true {
            while filled < buffer.count {
                let count: Int
                do {
                    count = try part.stream.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]))
                } catch {
                    release()
                    throw Failure(file: part.name, message: error.message)
                }
                if count == 0 { atEnd = true; break }
                filled += count
            }
            if atEnd { break }
            if let cut = lastRecordEnd(UnsafeRawBufferPointer(rebasing: buffer[..<filled])) {
                carry.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[(cut + 1)..<filled]))
                filled = cut + 1
                break
            }
            // No line ends in the whole buffer: a longer line, in a larger buffer, up to one
            // byte past the limit (a line that fills that is over it).
            guard buffer.count <= maximumLineBytes else {
                release()
                throw Failure(file: part.name, message: "the line is over \(maximumLineBytes) bytes long, the limit for one line")
            }
            let larger = UnsafeMutableRawBufferPointer.allocate(byteCount: min(buffer.count * 2, maximumLineBytes + 1), alignment: 64)
            larger.baseAddress!.copyMemory(from: buffer.baseAddress!, byteCount: filled)
            release()
            buffer = larger
        }
        var start = 0
        let startsPart = !partStarted
        if !partStarted {
            partStarted = true
            let bytes = UnsafeRawBufferPointer(rebasing: buffer[..<filled])
            // A byte-order mark is not part of the first field.
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
            let firstLine = bytes[start...].firstIndex(of: 0x0A) ?? filled
            var lineEnd = firstLine
            if lineEnd > start, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            switch header(UnsafeRawBufferPointer(rebasing: bytes[start..<lineEnd])) {
            case nil:
                parser = nil
            case let .success(made)?:
                parser = made
                linesBefore = 1
                start = min(firstLine + 1, filled)
            case let .failure(failure)?:
                release()
                throw Failure(file: part.name, message: failure.message, headerColumn: failure.column)
            }
        }
        if filled == start, atEnd, !startsPart {
            release()
            return nil
        }
        if start > 0 {
            (buffer.baseAddress! + 0).copyMemory(from: buffer.baseAddress! + start, byteCount: filled - start)
            filled -= start
        }
        guard let chunkParser = parser ?? headerless else {
            release()
            return nil
        }
        let chunk = EventChunk(part: partNumber, partName: part.name, startsPart: startsPart, linesBefore: startsPart ? linesBefore : 0,
                               parser: chunkParser, inputBytesRead: inputBytesRead, buffer: buffer, count: filled, pool: pool)
        if atEnd { self.part = nil }
        return chunk
    }

    /// The parser of parts without a header row.
    var headerless: (any EventChunkParser)?

    /// The position of the last line end that ends a record: the last LF, or for CSV the
    /// last LF outside double quotes.
    private func lastRecordEnd(_ bytes: UnsafeRawBufferPointer) -> Int? {
        guard quoted else {
            var index = bytes.count - 1
            while index >= 0, bytes[index] != 0x0A { index -= 1 }
            return index >= 0 ? index : nil
        }
        var inside = false
        var last: Int?
        for (index, byte) in bytes.enumerated() {
            if byte == 0x22 { inside.toggle() } else if byte == 0x0A, !inside { last = index }
        }
        return last
    }
}
