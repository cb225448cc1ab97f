import ActorGraph
import Foundation
import GRDB

extension GraphStore {
    /// Writes `graph` to the store at `path`, creating it or replacing the graph it holds,
    /// in one transaction: when the write fails or the process is killed, the store keeps
    /// what it held before. A store of an older schema is migrated first; one of a newer
    /// schema, a file that is not a store and anything but a regular file are refused.
    public static func write(_ graph: TemporalGraph, to path: String) throws(WriteError) {
        do {
            let writer = try openForReplacing(path: path)
            defer { try? writer.close() }
            try writer.write { db in
                try clear(db)
                try insert(graph, into: db)
            }
        } catch let error as WriteError {
            throw error
        } catch {
            throw WriteError(description: "\(path): error: cannot write the store: \(describe(error))")
        }
    }

    /// A writer on the store at `path`, created when missing and migrated when older;
    /// refuses anything but a regular file, a file that is not a store and a newer store.
    static func openForReplacing(path: String) throws -> DatabaseQueue {
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
            throw WriteError(description: "\(path): error: not a regular file; a store is written only to a file")
        }
        let writer = try openForWriting(path: path)
        do {
            let state = try writer.read { db in try schemaState(db) }
            switch state {
            case let .newer(unknown):
                throw WriteError(description: "\(path): error: " + newerSchemaMessage(unknown))
            case .notAStore:
                let hasTables = try writer.read { db in
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                }
                if hasTables > 0 { throw WriteError(description: "\(path): error: " + notAStoreMessage) }
            case .current, .older: break
            }
            try migrator.migrate(writer)
        } catch {
            try? writer.close()
            throw error
        }
        return writer
    }

    /// Empties every table of the graph and of the event import it was made by (the
    /// schema's history stays), so that a graph written over an import cannot be appended to.
    static func clear(_ db: Database) throws {
        for table in ["metadata", "sources", "vagueness", "kinds", "actors", "aliases", "relations", "citations",
                      "evidence", "anchors", "possibly_active", "certainly_active"] + importTables {
            try db.execute(sql: "DELETE FROM \(table)" + (table == "metadata" ? " WHERE key <> 'schema_version'" : ""))
        }
    }

    static func insert(_ graph: TemporalGraph, into db: Database) throws {
        let metadata = try db.makeStatement(sql: "INSERT INTO metadata (key, value) VALUES (?, ?)")
        try metadata.execute(arguments: ["written_by", "ActorGraph"])
        if let title = graph.title { try metadata.execute(arguments: ["title", title]) }
        if let description = graph.description { try metadata.execute(arguments: ["description", description]) }

        let source = try db.makeStatement(sql: "INSERT INTO sources (position, key, reference) VALUES (?, ?, ?)")
        for (position, entry) in graph.sources.enumerated() {
            try source.execute(arguments: [position, entry.key, entry.value])
        }
        // The words the graph's own table defined or changed, as documents write them.
        let vague = try db.makeStatement(sql: "INSERT INTO vagueness (position, word, duration) VALUES (?, ?, ?)")
        for (position, entry) in graph.vagueness.durations.filter({ Vagueness.builtIn[$0.key] != $0.value }).enumerated() {
            try vague.execute(arguments: [position, entry.key, entry.value.description])
        }
        let declared = Set(graph.declaredKinds.map(\.id))
        let kind = try db.makeStatement(sql: """
            INSERT INTO kinds (position, id, label, directed, tone, cameo, goldstein, declared) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (position, entry) in graph.kinds.values.enumerated() {
            try kind.execute(arguments: [position, entry.id, entry.label, entry.directed, entry.tone.rawValue,
                                         entry.cameoCode, entry.goldstein, declared.contains(entry.id)])
        }
        let actor = try db.makeStatement(sql: """
            INSERT INTO actors (position, id, name, kind, part_of, group_name, note) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        let alias = try db.makeStatement(sql: "INSERT INTO aliases (actor, position, alias) VALUES (?, ?, ?)")
        for (position, entry) in graph.actors.enumerated() {
            try actor.execute(arguments: [position, entry.id, entry.name, entry.kind, entry.partOf, entry.group, entry.note])
            for (index, name) in entry.aliases.enumerated() { try alias.execute(arguments: [position, index, name]) }
        }
        try insertRelations(graph, into: db)
    }

    private static func insertRelations(_ graph: TemporalGraph, into db: Database) throws {
        let relation = try db.makeStatement(sql: """
            INSERT INTO relations (position, id, kind, source, target, start_date, end_date, secret, secret_until_date,
                weight, note, start_earliest, start_latest, end_earliest, end_latest,
                secret_until_earliest, secret_until_latest, possible_first, possible_last, certain_first, certain_last)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let citation = try db.makeStatement(sql: "INSERT INTO citations (relation, position, source) VALUES (?, ?, ?)")
        let evidence = try db.makeStatement(sql: """
            INSERT INTO evidence (relation, position, source, pages, quote) VALUES (?, ?, ?, ?, ?)
            """)
        let possibly = try db.makeStatement(sql: "INSERT INTO possibly_active (relation, first, last) VALUES (?, ?, ?)")
        let certainly = try db.makeStatement(sql: "INSERT INTO certainly_active (relation, first, last) VALUES (?, ?, ?)")
        for (position, entry) in graph.relations.enumerated() {
            let start = graph.startRange(ofRelationAt: position)
            let end = graph.endRange(ofRelationAt: position)
            let secretUntil = graph.secretUntilRange(ofRelationAt: position)
            let possibleSpan = graph.activeSpan(ofRelationAt: position, .possibly)
            let certainSpan = graph.activeSpan(ofRelationAt: position, .certainly)
            try relation.execute(arguments: [
                position, entry.id, entry.kind, entry.source, entry.target, entry.start?.text, entry.end?.text,
                entry.secret, entry.secretUntil?.text, entry.weight, entry.note,
                start.first.number, start.last.number, end.first.number, end.last.number,
                secretUntil?.first.number, secretUntil?.last.number,
                possibleSpan.first.number, possibleSpan.last.number, certainSpan.first.number, certainSpan.last.number,
            ])
            for (index, key) in entry.citations.enumerated() { try citation.execute(arguments: [position, index, key]) }
            for (index, item) in entry.evidence.enumerated() {
                try evidence.execute(arguments: [position, index, item.source, item.pages, item.quote])
            }
            if !possibleSpan.isEmpty {
                try possibly.execute(arguments: [position, possibleSpan.first.number, possibleSpan.last.number])
            }
            if !certainSpan.isEmpty {
                try certainly.execute(arguments: [position, certainSpan.first.number, certainSpan.last.number])
            }
        }
        try insertAnchors(graph, into: db)
    }

    /// For each relation with relative dates, the relations it is anchored on, so that a
    /// reader taking the relation also takes what its dates are written against.
    private static func insertAnchors(_ graph: TemporalGraph, into db: Database) throws {
        guard graph.relations.contains(where: { $0.hasRelativeDates }) else { return }
        var positionOfID: [String: Int] = [:]
        for (position, relation) in graph.relations.enumerated() where positionOfID[relation.id] == nil {
            positionOfID[relation.id] = position
        }
        let anchor = try db.makeStatement(sql: "INSERT OR IGNORE INTO anchors (relation, anchor) VALUES (?, ?)")
        for (position, relation) in graph.relations.enumerated() where relation.hasRelativeDates {
            for expression in [relation.start, relation.end, relation.secretUntil].compactMap({ $0 }) {
                for term in expression.relativeDates {
                    // `ID.start` names relation `ID.start` when one has that whole id, else `ID`: keep both.
                    var candidates = [term.anchor]
                    if let point = term.writtenAnchorPoint { candidates.append(term.anchor + "." + point.rawValue) }
                    for id in candidates {
                        if let found = positionOfID[id] { try anchor.execute(arguments: [position, found]) }
                    }
                }
            }
        }
    }
}
