import Foundation

/// Why bytes could not be read from an event input; the importer places it at the line
/// reached.
struct EventInputFailure: Error {
    var message: String
}

/// A stream of the bytes of one event file (or of one entry of a zip archive), read in
/// pieces: plain, gunzipped or inflated on the way.
protocol EventByteStream: AnyObject {
    /// Fills `buffer` from its start; returns how many bytes it wrote, 0 only at the end.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(EventInputFailure) -> Int
}

/// The bytes of a file descriptor (a file, or standard input), with room to give back
/// bytes already read: the first bytes are looked at to recognize compressed files.
final class FileDescriptorStream: EventByteStream {
    private let descriptor: Int32
    private let closesDescriptor: Bool
    private var pushedBack: [UInt8] = []
    /// Bytes read from the descriptor so far.
    private(set) var bytesRead = 0

    init(descriptor: Int32, closesDescriptor: Bool) {
        self.descriptor = descriptor
        self.closesDescriptor = closesDescriptor
    }

    deinit {
        if closesDescriptor { close(descriptor) }
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(EventInputFailure) -> Int {
        guard buffer.count > 0 else { return 0 }
        if !pushedBack.isEmpty {
            let count = min(buffer.count, pushedBack.count)
            pushedBack.withUnsafeBytes { buffer.baseAddress!.copyMemory(from: $0.baseAddress!, byteCount: count) }
            pushedBack.removeFirst(count)
            return count
        }
        while true {
            let count = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
            if count >= 0 {
                bytesRead += count
                return count
            }
            if errno == EINTR { continue }
            throw EventInputFailure(message: "cannot be read: \(String(cString: strerror(errno)))")
        }
    }

    /// Reads up to `count` bytes, or fewer at the end.
    private func readUpTo(_ count: Int, endsEarly what: String?) throws(EventInputFailure) -> [UInt8] {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(count, 1), alignment: 8)
        defer { buffer.deallocate() }
        var filled = 0
        while filled < count {
            let got = try read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled..<count]))
            if got == 0 {
                if let what { throw EventInputFailure(message: "the file ends inside \(what) (is it cut short?)") }
                break
            }
            filled += got
        }
        return Array(buffer[..<filled])
    }

    /// Reads up to `count` bytes and gives them back, so that the next read starts with them.
    func peek(_ count: Int) throws(EventInputFailure) -> [UInt8] {
        let bytes = try readUpTo(count, endsEarly: nil)
        pushedBack = bytes + pushedBack
        return bytes
    }

    /// Gives back bytes read too far, so that the next read starts with them.
    func pushBack(_ bytes: UnsafeRawBufferPointer) {
        pushedBack = Array(bytes) + pushedBack
    }

    /// Reads exactly `count` bytes, or fails saying the file ends inside `what`.
    func readExactly(_ count: Int, what: String) throws(EventInputFailure) -> [UInt8] {
        try readUpTo(count, endsEarly: what)
    }
}
