import ActorGraph
import Foundation

/// One event input named on the command line (a path, or `-` for standard input), opened
/// as the texts it holds: the file itself, a gzip file gunzipped, or each entry of a zip
/// archive. What the file is comes from its first bytes, not its name.
final class EventInput {
    /// One text to read: its name in messages and its bytes.
    struct Part {
        var name: String
        var stream: EventByteStream
    }

    /// The path as given (`-` for standard input).
    let path: String
    /// The name messages use: the path, or `<stdin>`.
    let displayName: String
    private let file: FileDescriptorStream
    private var zip: ZipEntryReader?
    private var handedOut = false

    /// Bytes of the file read so far (compressed bytes for a compressed file).
    var bytesRead: Int { file.bytesRead }

    /// Opens `path`; fails with a diagnostic naming it when it cannot be read or is an
    /// archive of a kind not read (bzip2, xz, zstd, 7z).
    init(path: String) throws(LoadError) {
        self.path = path
        displayName = path == "-" ? "<stdin>" : path
        func failure(_ message: String) -> LoadError {
            LoadError([Diagnostic(file: path == "-" ? "<stdin>" : path, line: 1, column: 1, message: message)])
        }
        if path == "-" {
            file = FileDescriptorStream(descriptor: STDIN_FILENO, closesDescriptor: false)
        } else {
            var status = stat()
            guard stat(path, &status) == 0 else {
                throw failure(errno == ENOENT ? "no such file" : "cannot be read: \(String(cString: strerror(errno)))")
            }
            if status.st_mode & S_IFMT == S_IFDIR { throw failure("is a directory") }
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw failure("cannot be read: \(String(cString: strerror(errno)))") }
            file = FileDescriptorStream(descriptor: descriptor, closesDescriptor: true)
        }
        let magic: [UInt8]
        do { magic = try file.peek(6) } catch { throw failure(error.message) }
        if magic.starts(with: [0x50, 0x4B, 0x03, 0x04]) || magic.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            zip = ZipEntryReader(source: file)
        } else if let archive = Self.unreadArchive(magic) {
            throw failure("this is a \(archive.name) file; decompress it first (\(archive.command))")
        }
    }

    /// The size of the file in bytes when it is a regular file (for progress), else nil.
    var size: Int? {
        guard path != "-" else { return nil }
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(status.st_size)
    }

    /// Compressed formats recognized by their first bytes but not read.
    private static func unreadArchive(_ magic: [UInt8]) -> (name: String, command: String)? {
        if magic.starts(with: [0x42, 0x5A, 0x68]) { return ("bzip2", "bunzip2") }
        if magic.starts(with: [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) { return ("xz", "unxz") }
        if magic.starts(with: [0x28, 0xB5, 0x2F, 0xFD]) { return ("zstd", "unzstd") }
        if magic.starts(with: [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) { return ("7z", "7z x") }
        return nil
    }

    /// The next text of the input, or nil when all have been handed out. A part must be read
    /// to its end before the next is asked for.
    func nextPart() throws(EventInputFailure) -> Part? {
        if let zip {
            guard let entry = try zip.nextEntry() else {
                if !handedOut { throw EventInputFailure(message: "the zip archive holds no file") }
                return nil
            }
            handedOut = true
            return Part(name: "\(displayName)/\(entry.name)", stream: entry)
        }
        if handedOut { return nil }
        handedOut = true
        let magic = try file.peek(2)
        if magic == [0x1F, 0x8B] {
            return Part(name: displayName, stream: try InflatingStream(source: file, framing: .gzip))
        }
        return Part(name: displayName, stream: file)
    }
}
