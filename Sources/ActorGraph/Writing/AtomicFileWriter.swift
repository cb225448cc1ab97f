import Foundation

/// Writes files so that a reader never sees half of one and nothing but the destination
/// changes: the content goes to a temporary file beside the destination, which is then
/// renamed over it. A failed write leaves the destination as it was.
///
/// What the destination already is decides how it is written:
/// - nothing, or a regular file: written atomically; an existing file keeps its permission
///   bits (and, when the process may, its owner and group);
/// - a symbolic link: written through, to the file it points to (a link to nothing is refused);
/// - a regular file with more than one hard link: refused, since renaming over one of its
///   names would leave the other names with the old content;
/// - a FIFO or a character device (`/dev/null`, `/dev/stdout`, a shell's `>(...)`): written
///   into, as a shell redirection would, with every error reported (`/dev/full` fails with
///   "No space left on device"); a FIFO without a reader is refused rather than waited on;
/// - a directory, block device or socket: refused.
///
/// ```swift
/// try AtomicFileWriter.write("title: Example\n", to: "out/example.yaml")
/// ```
public enum AtomicFileWriter {
    /// Why a file could not be written.
    public struct WriteError: Error, CustomStringConvertible, Sendable {
        /// The destination path.
        public var path: String
        /// What went wrong.
        public var reason: String
        public var description: String { "\(path): error: cannot write: \(reason)" }
    }

    /// Writes `data` to `path` atomically.
    public static func write(_ data: Data, to path: String) throws(WriteError) {
        try write([(data, path)])
    }

    /// Writes UTF-8 `text` to `path` atomically.
    public static func write(_ text: String, to path: String) throws(WriteError) {
        try write(Data(text.utf8), to: path)
    }

    /// Writes several files as one step as far as the file system allows: every file is
    /// written in full to its temporary first, and only then are they renamed into place, so
    /// a failure while writing (a full disk, a refused destination) changes none of them.
    public static func write(_ files: [(data: Data, path: String)]) throws(WriteError) {
        var staged: [StagedFile] = []
        do {
            for file in files { staged.append(try stage(file.data, for: file.path)) }
            for file in staged { try file.commit() }
        } catch {
            for file in staged { file.discard() }
            throw error
        }
    }

    /// A file written to its temporary, or a device to write into, waiting to be put in place.
    private struct StagedFile {
        enum Kind {
            case temporary(String)
            case stream
        }

        let path: String
        let kind: Kind
        let data: Data

        func commit() throws(WriteError) {
            switch kind {
            case let .temporary(temporary):
                guard rename(temporary, path) == 0 else { throw WriteError(path: path, reason: lastError()) }
            case .stream:
                try writeIntoStream(data, at: path)
            }
        }

        func discard() {
            if case let .temporary(temporary) = kind { unlink(temporary) }
        }
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }

    private static func stage(_ data: Data, for requestedPath: String) throws(WriteError) -> StagedFile {
        var path = requestedPath
        var status = stat()
        if lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK {
            guard let resolved = realpath(path, nil) else {
                throw WriteError(path: requestedPath, reason: "it is a symbolic link to a file that does not exist")
            }
            path = String(cString: resolved)
            free(resolved)
        }
        let exists = stat(path, &status) == 0
        if exists {
            switch status.st_mode & S_IFMT {
            case S_IFREG:
                if status.st_nlink > 1 {
                    throw WriteError(path: requestedPath, reason: "it has \(status.st_nlink) hard links; replacing it would "
                        + "leave the other names with the old content (write to another path, or remove the other links)")
                }
            case S_IFIFO, S_IFCHR:
                return StagedFile(path: path, kind: .stream, data: data)
            case S_IFDIR:
                throw WriteError(path: requestedPath, reason: "it is a directory")
            default:
                throw WriteError(path: requestedPath, reason: "it is neither a regular file, a FIFO nor a character device")
            }
        }
        let directory = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        try checkDirectory(directory, for: requestedPath)
        let name = (path as NSString).lastPathComponent
        let temporary = (directory as NSString).appendingPathComponent(".\(name).\(UInt32.random(in: 0...UInt32.max)).tmp")
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            let reason = errno == ENOENT
                ? "the directory '\(directory)' does not take new files (is it a special file system?)"
                : "cannot create a file in '\(directory)': \(lastError())"
            throw WriteError(path: requestedPath, reason: reason)
        }
        defer { close(descriptor) }
        if exists {
            fchmod(descriptor, status.st_mode & 0o7777)
            // Keeps the owner when allowed (as root); an ordinary user's copy stays theirs.
            _ = fchown(descriptor, status.st_uid, status.st_gid)
        }
        do throws(WriteError) {
            try writeAll(data, to: descriptor, path: requestedPath)
            guard fsync(descriptor) == 0 else { throw WriteError(path: requestedPath, reason: lastError()) }
        } catch {
            unlink(temporary)
            throw error
        }
        return StagedFile(path: path, kind: .temporary(temporary), data: Data())
    }

    private static func checkDirectory(_ directory: String, for path: String) throws(WriteError) {
        var status = stat()
        guard stat(directory, &status) == 0 else {
            let reason = errno == ENOENT ? "no such directory '\(directory)'" : "cannot reach '\(directory)': \(lastError())"
            throw WriteError(path: path, reason: reason)
        }
        guard status.st_mode & S_IFMT == S_IFDIR else { throw WriteError(path: path, reason: "'\(directory)' is not a directory") }
    }

    private static func writeIntoStream(_ data: Data, at path: String) throws(WriteError) {
        // O_NONBLOCK: opening a FIFO that nobody reads fails with ENXIO instead of waiting forever.
        let descriptor = open(path, O_WRONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason = errno == ENXIO ? "it is a FIFO that nothing is reading" : lastError()
            throw WriteError(path: path, reason: reason)
        }
        defer { close(descriptor) }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        try writeAll(data, to: descriptor, path: path)
    }

    private static func writeAll(_ data: Data, to descriptor: Int32, path: String) throws(WriteError) {
        var failure: String?
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < bytes.count {
                let count = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = lastError()
                    return
                }
                offset += count
            }
        }
        if let failure { throw WriteError(path: path, reason: failure) }
    }
}
