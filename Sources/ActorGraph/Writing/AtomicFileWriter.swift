import Foundation

/// Writes files so that a reader never sees half of one: the content goes to a temporary
/// file beside the destination, which is then renamed over it. A failed run leaves the
/// destination as it was.
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
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw WriteError(path: path, reason: "no such directory '\(directory.path)'")
        }
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(UInt32.random(in: 0...UInt32.max)).tmp")
        do {
            try data.write(to: temporary)
            // rename(2) replaces the destination in one step.
            guard rename(temporary.path, url.path) == 0 else {
                throw WriteError(path: path, reason: String(cString: strerror(errno)))
            }
        } catch let error as WriteError {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw WriteError(path: path, reason: error.localizedDescription)
        }
    }

    /// Writes UTF-8 `text` to `path` atomically.
    public static func write(_ text: String, to path: String) throws(WriteError) {
        try write(Data(text.utf8), to: path)
    }
}
