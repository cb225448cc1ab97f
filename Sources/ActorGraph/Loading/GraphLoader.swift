import Foundation

/// Loads a graph file of any of the core formats, chosen by extension:
/// `.yaml`/`.yml`, `.json`, `.csv` (an edge list, with the node and kind tables that lie
/// beside it: see ``CSVGraphFiles``). `ActorGraphInterchange`'s `InterchangeLoader` adds
/// GraphML and GEXF and reads these formats through this loader.
public enum GraphLoader {
    /// The extensions the core loader reads.
    public static let extensions = ["yaml", "yml", "json", "csv"]

    /// Loads the file at `path`; every error carries `path:line:column`. `vagueness`
    /// overrides the durations of vague words in the file's own table and the built-in ones;
    /// `limits` bound what one file may make the reader do.
    public static func load(path: String, vagueness: Vagueness? = nil,
                            limits: ReadLimits = ReadLimits()) throws(LoadError) -> TemporalGraph {
        let bytes = try readBytes(path: path)
        return try load(bytes: bytes, file: path, extension: (path as NSString).pathExtension.lowercased(),
                        vagueness: vagueness, limits: limits)
    }

    /// Loads a graph from bytes, with `file` used in messages and `extension` naming the format.
    /// For a CSV edge list, `file` is also where its node and kind tables are looked for, as
    /// ``load(path:)`` does.
    public static func load(bytes: [UInt8], file: String, extension fileExtension: String,
                            vagueness: Vagueness? = nil, limits: ReadLimits = ReadLimits()) throws(LoadError) -> TemporalGraph {
        switch fileExtension {
        case "csv":
            return try CSVGraphFiles.load(edgeListBytes: bytes, path: file, vagueness: vagueness, limits: limits)
        case "json":
            let start = try utf8TextStart(bytes, file: file)
            return try GraphDocumentDecoder.decode(file: file, vagueness: vagueness) { relation throws(LoadError) in
                try JSONReader.read(bytes: bytes, from: start, file: file, limits: limits, streaming: "relations", each: relation)
            }
        case "yaml", "yml":
            let start = try utf8TextStart(bytes, file: file)
            return try GraphDocumentDecoder.decode(file: file, vagueness: vagueness) { relation throws(LoadError) in
                let result = bytes.withUnsafeBufferPointer { buffer in
                    Result { () throws(LoadError) in
                        try YAMLReader.read(bytes: UnsafeBufferPointer(rebasing: buffer[start...]), file: file, limits: limits,
                                            streaming: "relations", each: relation)
                    }
                }
                return try result.get()
            }
        default:
            throw LoadError([Diagnostic(file: file, line: 1, column: 1,
                                        message: "unknown file type '.\(fileExtension)'; expected \(extensions.map { "." + $0 }.joined(separator: ", "))")])
        }
    }

    /// The bytes as text without a leading UTF-8 byte order mark, or a diagnostic at the
    /// first byte that is not UTF-8.
    package static func utf8Text(_ bytes: [UInt8], file: String) throws(LoadError) -> String {
        let start = try utf8TextStart(bytes, file: file)
        return String(decoding: bytes[start...], as: UTF8.self)
    }

    /// Where the text of `bytes` begins (past a UTF-8 byte-order mark), after checking that it
    /// is UTF-8 without copying it, or a diagnostic at the first byte that is not.
    package static func utf8TextStart(_ bytes: [UInt8], file: String) throws(LoadError) -> Int {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if (try? UTF8Span(validating: bytes.span.extracting(start...))) == nil {
            try UTF8Validation.check(Array(bytes[start...]), file: file)
            throw LoadError([Diagnostic(file: file, line: 1, column: 1, message: "the file is not valid UTF-8 text")])
        }
        return start
    }

    /// Reads a whole file, turning I/O failures into a diagnostic at 1:1.
    public static func readBytes(path: String) throws(LoadError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        // Read straight into the byte array: no intermediate Data copy of a large file.
        guard exists, !isDirectory.boolValue, let handle = fopen(path, "rb") else {
            let reason = !exists ? "no such file" : isDirectory.boolValue ? "is a directory" : "cannot be read"
            throw LoadError([Diagnostic(file: path, line: 1, column: 1, message: reason)])
        }
        defer { fclose(handle) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        if fseeko(handle, 0, SEEK_END) == 0 {
            bytes.reserveCapacity(Int(max(ftello(handle), 0)))
            fseeko(handle, 0, SEEK_SET)
        }
        while true {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, handle) }
            if count > 0 { bytes.append(contentsOf: chunk[0..<count]) }
            if count < chunk.count { break }
        }
        if ferror(handle) != 0 {
            throw LoadError([Diagnostic(file: path, line: 1, column: 1, message: "cannot be read")])
        }
        return bytes
    }
}
