import ActorGraph
import ActorGraphGraphviz
import ActorGraphInterchange
import ActorGraphStore
import ArgumentParser

/// Where `convert` and `import-events` write a graph: a data format ActorGraph reads back
/// (.yaml .yml .json .csv .graphml .gexf), an SQLite store (.sqlite), or a Graphviz drawing (.dot).
enum GraphOutput {
    /// Every extension a graph can be written to, for messages.
    static let extensions = InterchangeFormat.extensions + [".sqlite", ".dot"]

    /// Whether `path` names a format a graph can be written to.
    static func isWritable(_ path: String) -> Bool {
        InterchangeFormat(path: path) != nil || GraphStore.isStorePath(path) || path.lowercased().hasSuffix(".dot")
    }

    /// Writes `graph` to `path`, each file atomically, and says on standard error what was
    /// written (unless `quiet`). DOT is the relationship diagram of `snapshot` (the whole graph when nil),
    /// as `render --no-merge` draws it (one edge per relation, as the other formats keep them).
    static func write(_ graph: TemporalGraph, snapshot: Snapshot? = nil, to path: String,
                      edgeDirections: EdgeDirections = .uniform, quiet: Bool = false) throws {
        var written: [String]
        if GraphStore.isStorePath(path) {
            do {
                try GraphStore.write(graph, to: path)
            } catch {
                printError(error.description)
                throw ExitCode.failure
            }
            written = [path]
        } else if InterchangeFormat(path: path) == nil {
            let everything = snapshot ?? graph.wholeGraph()
            try emit(RelationDiagram(snapshot: everything, options: DiagramOptions(mergesParallel: false)).dotText, to: path)
            written = [path]
        } else {
            do {
                written = try InterchangeWriter(edgeDirections: edgeDirections).write(graph, to: path)
            } catch {
                printError(error.description)
                throw ExitCode.failure
            }
        }
        if quiet { return }
        printError("wrote \(written.joined(separator: ", ")): \(graph.actors.count) actors, \(graph.relations.count) relations")
    }
}
