import ActorGraph
import Foundation

/// The bytes of an XML document on their way to libxml2, read a chunk at a time from memory
/// or from a file. The chunks libxml2 has been given stay in a window until
/// ``XMLByteCursor`` has scanned them for element positions, then are dropped, so memory
/// stays at a few chunks whatever the size of the file.
final class XMLInputFeed {
    /// Where the bytes come from.
    enum Source {
        case bytes([UInt8])
        case file(descriptor: Int32)

        /// The file at `path`, opened for reading, or the reason it cannot be.
        static func opening(_ path: String) throws(LoadError) -> Source {
            var status = stat()
            guard stat(path, &status) == 0 else {
                throw LoadError([Diagnostic(file: path, line: 1, column: 1,
                                            message: errno == ENOENT ? "no such file" : "cannot be read: \(String(cString: strerror(errno)))")])
            }
            guard status.st_mode & S_IFMT != S_IFDIR else {
                throw LoadError([Diagnostic(file: path, line: 1, column: 1, message: "is a directory")])
            }
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else {
                throw LoadError([Diagnostic(file: path, line: 1, column: 1,
                                            message: "cannot be read: \(String(cString: strerror(errno)))")])
            }
            return .file(descriptor: descriptor)
        }
    }

    static let chunkSize = 1 << 16

    private let source: Source
    private var sourceOffset = 0
    private var sourceEnded = false
    /// The bytes from ``windowStart`` on.
    private(set) var window: [UInt8] = []
    /// The absolute offset of `window[0]`.
    private(set) var windowStart = 0
    /// The absolute offset of the next byte libxml2 gets.
    private var delivered = 0
    /// Set when reading the file failed.
    private(set) var readFailure: String?

    init(_ source: Source) {
        self.source = source
    }

    deinit {
        if case let .file(descriptor) = source { close(descriptor) }
    }

    /// The absolute offset one past the last byte read so far.
    var windowEnd: Int { windowStart + window.count }

    /// The byte at an absolute offset, reading more of the source when needed; nil past the end.
    func byte(at offset: Int) -> UInt8? {
        while offset >= windowEnd {
            guard readChunk() else { return nil }
        }
        return offset >= windowStart ? window[offset - windowStart] : nil
    }

    /// Copies the next bytes for libxml2 into `buffer`; 0 at the end, -1 when reading failed.
    func deliver(into buffer: UnsafeMutablePointer<CChar>, capacity: Int) -> Int {
        if delivered >= windowEnd, !readChunk() { return readFailure == nil ? 0 : -1 }
        let count = min(capacity, windowEnd - delivered)
        window.withUnsafeBufferPointer { bytes in
            let start = bytes.baseAddress! + (delivered - windowStart)
            UnsafeMutableRawPointer(buffer).copyMemory(from: start, byteCount: count)
        }
        delivered += count
        return count
    }

    /// Starts what libxml2 is given at `offset` rather than at the first byte; only before
    /// anything has been given.
    func startDelivery(at offset: Int) {
        guard delivered == 0 else { return }
        delivered = offset
    }

    /// Drops the bytes before `offset` that libxml2 has already been given.
    func discard(before offset: Int) {
        let end = min(offset, delivered)
        let dropped = end - windowStart
        guard dropped >= Self.chunkSize * 4 else { return }
        window.removeFirst(dropped)
        windowStart = end
    }

    private func readChunk() -> Bool {
        guard !sourceEnded else { return false }
        switch source {
        case let .bytes(bytes):
            let end = min(bytes.count, sourceOffset + Self.chunkSize)
            guard sourceOffset < end else {
                sourceEnded = true
                return false
            }
            window.append(contentsOf: bytes[sourceOffset..<end])
            sourceOffset = end
            return true
        case let .file(descriptor):
            let oldCount = window.count
            window.append(contentsOf: repeatElement(0, count: Self.chunkSize))
            var count = 0
            repeat {
                count = window.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + oldCount, Self.chunkSize) }
            } while count < 0 && errno == EINTR
            if count < 0 { readFailure = String(cString: strerror(errno)) }
            window.removeLast(Self.chunkSize - max(count, 0))
            if count <= 0 {
                sourceEnded = true
                return false
            }
            return true
        }
    }
}
