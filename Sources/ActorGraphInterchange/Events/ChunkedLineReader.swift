import ActorGraph
import Foundation

/// Reads a file line by line in fixed-size chunks, so that memory stays flat however large
/// the file is. Lines end with LF or CRLF; the last line may lack its end. A line longer than
/// ``maximumLineBytes`` is refused at its start: a file without line breaks would otherwise
/// be held whole.
struct ChunkedLineReader {
    let path: String
    /// The bytes asked for in each read.
    let chunkSize: Int
    /// The longest line read: one value's limit, far past any event record (GDELT's are
    /// about a kilobyte).
    let maximumLineBytes: Int
    private let handle: FileHandle

    /// Opens `path`, or fails with a diagnostic naming it.
    init(path: String, chunkSize: Int = 4 << 20, maximumLineBytes: Int = ReadLimits.defaultValueBytes) throws(LoadError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw LoadError([Diagnostic(file: path, line: 1, column: 1, message: "no such file")])
        }
        guard !isDirectory.boolValue, let handle = FileHandle(forReadingAtPath: path) else {
            throw LoadError([Diagnostic(file: path, line: 1, column: 1,
                                        message: isDirectory.boolValue ? "is a directory" : "cannot be read")])
        }
        self.path = path
        self.chunkSize = max(chunkSize, 1)
        self.maximumLineBytes = maximumLineBytes
        self.handle = handle
    }

    /// Calls `body` with each line's bytes (line end excluded) and its number from 1, until
    /// the file ends or `body` returns false.
    func forEachLine(_ body: (UnsafeBufferPointer<UInt8>, Int) -> Bool) throws(LoadError) {
        defer { try? handle.close() }
        var pending: [UInt8] = []
        var lineNumber = 0
        while true {
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: chunkSize) ?? Data()
            } catch {
                throw LoadError([Diagnostic(file: path, line: lineNumber + 1, column: 1,
                                            message: "cannot be read: \(error.localizedDescription)")])
            }
            let atEnd = chunk.isEmpty
            pending.append(contentsOf: chunk)
            var consumed = 0
            var keepGoing = true
            pending.withUnsafeBufferPointer { buffer in
                var start = 0
                var index = 0
                let count = buffer.count
                while keepGoing, index < count {
                    if buffer[index] == UInt8(ascii: "\n") {
                        var end = index
                        if end > start, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                        lineNumber += 1
                        keepGoing = body(UnsafeBufferPointer(rebasing: buffer[start..<end]), lineNumber)
                        start = index + 1
                    }
                    index += 1
                }
                if keepGoing, atEnd, start < count {
                    var end = count
                    if buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                    lineNumber += 1
                    keepGoing = body(UnsafeBufferPointer(rebasing: buffer[start..<end]), lineNumber)
                    start = count
                }
                consumed = start
            }
            if !keepGoing || atEnd { return }
            pending.removeSubrange(0..<consumed)
            if pending.count > maximumLineBytes {
                throw LoadError([Diagnostic(file: path, line: lineNumber + 1, column: 1,
                                            message: "the line is over \(maximumLineBytes) bytes long, the limit for one line")])
            }
        }
    }
}

/// The tab-separated fields of one line, as byte ranges into it.
struct TabSeparatedFields {
    private(set) var starts: [Int] = []
    private(set) var ends: [Int] = []
    private var line = UnsafeBufferPointer<UInt8>(start: nil, count: 0)

    /// Splits `line` at every tab, reusing the storage of the previous split.
    mutating func split(_ line: UnsafeBufferPointer<UInt8>) {
        self.line = line
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        var start = 0
        for index in 0..<line.count where line[index] == UInt8(ascii: "\t") {
            starts.append(start)
            ends.append(index)
            start = index + 1
        }
        starts.append(start)
        ends.append(line.count)
    }

    /// The number of fields.
    var count: Int { starts.count }

    /// Field `index` as text, trimmed of spaces.
    func text(_ index: Int) -> String {
        var start = starts[index]
        var end = ends[index]
        while start < end, line[start] == UInt8(ascii: " ") { start += 1 }
        while end > start, line[end - 1] == UInt8(ascii: " ") { end -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: line[start..<end]), as: UTF8.self)
    }

    /// Whether field `index` is empty.
    func isEmpty(_ index: Int) -> Bool { starts[index] == ends[index] }

    /// The 1-based character column where field `index` starts.
    func column(_ index: Int) -> Int {
        var column = 1
        for offset in 0..<starts[index] where line[offset] & 0xC0 != 0x80 { column += 1 }
        return column
    }
}
