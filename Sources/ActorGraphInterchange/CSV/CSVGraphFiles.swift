import ActorGraph
import Foundation

/// A graph as CSV: an edge list in the columns ``CSVEdgeListReader`` reads, a
/// ``NodeTable`` and a ``KindTable`` (the kinds the graph declares) beside it.
///
/// Beside `edges.csv` the tables are `nodes.csv` and `kinds.csv`; beside any other
/// `NAME.csv`, `NAME.nodes.csv` and `NAME.kinds.csv`. Loading an edge list reads the
/// tables that lie beside it; without them, actors are made from the ids the edges name.
/// A CSV graph has no title, description or source references (citation keys stand for
/// themselves): YAML, JSON, GraphML and GEXF keep those.
public enum CSVGraphFiles {
    /// A table that goes beside an edge list.
    public enum Table: String, Sendable {
        case nodes
        case kinds
    }

    /// The path of `table` for the edge list at `path`.
    public static func path(of table: Table, forEdgeList path: String) -> String {
        let directory = (path as NSString).deletingLastPathComponent
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let file = name == "edges" ? "\(table.rawValue).csv" : "\(name).\(table.rawValue).csv"
        return directory.isEmpty ? file : (directory as NSString).appendingPathComponent(file)
    }

    /// Whether `path` names a node or kind table rather than an edge list.
    public static func isCompanionTable(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent.lowercased()
        return [Table.nodes, .kinds].contains { name == "\($0.rawValue).csv" || name.hasSuffix(".\($0.rawValue).csv") }
    }

    /// The files that hold `graph` as CSV when the edge list goes to `path`: the edge list,
    /// the node table and the kind table.
    public static func files(_ graph: TemporalGraph, edgeListPath path: String) -> [(path: String, text: String)] {
        let everything = Snapshot(graph: graph, span: DaySpan(first: .distantPast, last: .distantFuture),
                                  certainty: .possibly, relationPositions: graph.relations.indices.map(Int32.init))
        // The kind table is written even when empty, so that no stale one is left beside the edge list.
        return [(path, everything.csvText()), (self.path(of: .nodes, forEdgeList: path), NodeTable.text(graph)),
                (self.path(of: .kinds, forEdgeList: path), KindTable.text(graph))]
    }

    /// Loads the edge list at `path` with the tables that lie beside it.
    public static func load(path: String) throws(LoadError) -> LoadedGraph {
        if isCompanionTable(path) {
            throw LoadError([Diagnostic(file: path, line: 1, column: 1,
                                        message: "this is a node or kind table; load the edge list it goes with")])
        }
        let nodePath = self.path(of: .nodes, forEdgeList: path)
        let kindPath = self.path(of: .kinds, forEdgeList: path)
        let hasNodes = FileManager.default.fileExists(atPath: nodePath)
        let hasKinds = FileManager.default.fileExists(atPath: kindPath)
        guard hasNodes || hasKinds else { return LoadedGraph(graph: try GraphLoader.load(path: path)) }

        let kinds = hasKinds ? try KindTable.read(bytes: try GraphLoader.readBytes(path: kindPath), file: kindPath) : []
        let edges = try CSVEdgeListReader.readEdgeList(bytes: try GraphLoader.readBytes(path: path), file: path)
        let rows = hasNodes ? try NodeTable.read(bytes: try GraphLoader.readBytes(path: nodePath), file: nodePath) : []
        var actors = rows.map(\.actor)
        var listed = Set(actors.map(\.id))
        for relation in edges.relations {
            for id in [relation.source, relation.target] where listed.insert(id).inserted { actors.append(Actor(id: id)) }
        }
        var diagnostics = edges.rowDiagnostics
        for problem in TemporalGraph.problems(sources: edges.sources, kinds: kinds, actors: actors, relations: edges.relations) {
            switch problem.location {
            case let .actor(index, field) where index < rows.count:
                diagnostics.append(Diagnostic(file: nodePath, line: rows[index].line,
                                              column: rows[index].columns[field] ?? 1, message: problem.message))
            case let .relation(index, field):
                diagnostics.append(Diagnostic(file: path, position: edges.position(ofRelation: index, field: field),
                                              message: problem.message))
            case .kind:
                diagnostics.append(Diagnostic(file: kindPath, line: 1, column: 1, message: problem.description))
            default:
                diagnostics.append(Diagnostic(file: path, line: 1, column: 1, message: problem.description))
            }
        }
        if !diagnostics.isEmpty { throw LoadError(diagnostics) }
        do {
            return LoadedGraph(graph: try TemporalGraph(sources: edges.sources, declaredKinds: kinds, actors: actors,
                                                        relations: edges.relations))
        } catch {
            throw LoadError(error.problems.map { Diagnostic(file: path, line: 1, column: 1, message: $0.description) })
        }
    }
}
