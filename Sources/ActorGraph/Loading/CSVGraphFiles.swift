import Foundation

/// A graph as CSV: an edge list (a header naming `source`, `target` and any of `kind`,
/// `weight`, `start`, `end`, `id`, `note`, `secret`, `citations`), with a ``NodeTable`` and a
/// ``KindTable`` (the kinds the graph declares) beside it.
///
/// Beside `edges.csv` the tables are `nodes.csv` and `kinds.csv`; beside any other
/// `NAME.csv`, `NAME.nodes.csv` and `NAME.kinds.csv`. Loading an edge list reads the
/// tables that lie beside it, whichever entry point loads it; without them, actors are made
/// from the ids the edges name. A CSV graph has no title, description or source references
/// (citation keys stand for themselves): YAML, JSON, GraphML and GEXF keep those.
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

    /// Loads the edge list `bytes` read from `path`, with the node and kind tables that lie
    /// beside `path`.
    static func load(edgeListBytes bytes: [UInt8], path: String, vagueness: Vagueness? = nil,
                     limits: ReadLimits = ReadLimits()) throws(LoadError) -> TemporalGraph {
        if isCompanionTable(path) {
            throw LoadError([Diagnostic(file: path, line: 1, column: 1,
                                        message: "this is a node or kind table; load the edge list it goes with")])
        }
        let nodePath = self.path(of: .nodes, forEdgeList: path)
        let kindPath = self.path(of: .kinds, forEdgeList: path)
        let kindRows = FileManager.default.fileExists(atPath: kindPath)
            ? try KindTable.read(bytes: try GraphLoader.readBytes(path: kindPath), file: kindPath, limits: limits) : []
        let edges = try CSVEdgeListReader.readEdgeList(bytes: bytes, file: path, limits: limits)
        let nodeRows = FileManager.default.fileExists(atPath: nodePath)
            ? try NodeTable.read(bytes: try GraphLoader.readBytes(path: nodePath), file: nodePath, limits: limits) : []
        var actors = nodeRows.map(\.value)
        if nodeRows.isEmpty {
            actors = edges.actorIDs.map { Actor(id: $0) }
        } else {
            var listed = Set(actors.map(\.id))
            for id in edges.actorIDs where listed.insert(id).inserted { actors.append(Actor(id: id)) }
        }
        return try TemporalGraph.validated(
            sources: edges.sources, declaredKinds: kindRows.map(\.value), actors: actors, relations: edges.relations,
            relationIDsAreUnique: !edges.hasIDColumn, vagueness: Vagueness.builtIn.merging(vagueness ?? Vagueness(durations: [:])),
            dateLines: edges.dateLines, file: path, earlier: edges.rowDiagnostics
        ) { location in
            switch location {
            case let .actor(index, field) where index < nodeRows.count:
                let row = nodeRows[index]
                return ProblemPlace(file: nodePath, position: SourcePosition(line: row.line, column: row.columns[field] ?? 1))
            case let .kind(index, field) where index < kindRows.count:
                let row = kindRows[index]
                return ProblemPlace(file: kindPath, position: SourcePosition(line: row.line, column: row.columns[field] ?? 1))
            case let .relation(index, field):
                return ProblemPlace(file: path, position: edges.position(ofRelation: index, field: field))
            case let .relationDate(index, field, offset):
                return ProblemPlace(file: path, position: edges.position(ofRelation: index, field: field, offset: offset))
            default:
                return nil
            }
        }
    }
}
