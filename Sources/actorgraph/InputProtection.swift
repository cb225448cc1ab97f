import ActorGraph
import ArgumentParser
import Foundation

/// Keeps a command from writing over what it reads: an output that is one of the input
/// files (the same device and inode, under any name or link) is refused before anything is
/// read, so `import-events ev.CSV -o ev.CSV` cannot replace its own events.
enum InputProtection {
    /// The device and inode of an existing file, following symbolic links.
    struct FileIdentity: Hashable {
        var device: UInt64
        var inode: UInt64

        init?(path: String) {
            var status = stat()
            guard stat(path, &status) == 0 else { return nil }
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
        }
    }

    /// The files a graph at `path` is read from: the file, and beside a CSV edge list its
    /// node and kind tables.
    static func graphFiles(_ path: String) -> [String] {
        guard path.lowercased().hasSuffix(".csv") else { return [path] }
        return [path, CSVGraphFiles.path(of: .nodes, forEdgeList: path), CSVGraphFiles.path(of: .kinds, forEdgeList: path)]
    }

    /// Fails with a message when one of `outputs` is one of `inputs`. `overwrite` says why the
    /// user may replace an input (convert's `--overwrite`), or nil when no flag allows it;
    /// `allowed` is true when the user gave that flag.
    static func check(outputs: [String], inputs: [String], overwrite: String? = nil, allowed: Bool = false) throws {
        var inputByIdentity: [FileIdentity: String] = [:]
        for input in inputs {
            if let identity = FileIdentity(path: input) { inputByIdentity[identity] = input }
        }
        for output in outputs {
            guard let identity = FileIdentity(path: output), let input = inputByIdentity[identity] else { continue }
            if allowed { continue }
            let same = input == output ? "is the input file" : "is the same file as the input \(input)"
            printError("\(output): error: the output \(same); writing it would replace what is being read ("
                + (overwrite ?? "choose another output path") + ")")
            throw ExitCode.failure
        }
    }
}

extension InputProtection {
    /// Fails when `output` (if any) is one of the files of the graph at `graph`.
    static func check(output: String?, graph: String) throws {
        guard let output else { return }
        try check(outputs: graphFiles(output), inputs: graphFiles(graph))
    }
}

extension RelationSelectionOptions {
    /// Whether these options keep only some relations.
    var selectsSomething: Bool { kinds != nil || actorKinds != nil || tone != .all || certain }
}
