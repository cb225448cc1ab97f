import ActorGraph
import GRDB
import OrderedCollections

/// Reads the parts of a graph out of an open store: whole tables, or the rows a set of
/// relations needs.
struct StoreReader {
    let db: Database
    let path: String

    /// A relation as stored, with the days its dates were solved to.
    struct StoredRelation {
        var position: Int64
        var relation: Relation
        var solved: RelationDates.Solved
    }

    /// Runs `sql` and hands each row to `body`. The statement is compiled once and kept, as
    /// the same lookup runs for each of thousands of actors.
    func each(_ sql: String, table: String, columns: [String], arguments: StatementArguments = [],
              _ body: (StoreRow) throws(LoadError) -> Void) throws {
        let rows = try Row.fetchCursor(try db.cachedStatement(sql: sql), arguments: arguments)
        while let row = try rows.next() {
            try body(StoreRow(row: row, table: table, columns: columns, path: path))
        }
    }

    func metadata() throws -> [String: String] {
        var values: [String: String] = [:]
        try each("SELECT key, value FROM metadata", table: "metadata", columns: ["key", "value"]) { row throws(LoadError) in
            values[try row.text(0)] = try row.optionalText(1)
        }
        return values
    }

    /// The graph's vague words over the built-in ones.
    func vagueness() throws -> Vagueness {
        var table = OrderedDictionary<String, DateDistance>()
        try each("SELECT word, duration FROM vagueness ORDER BY position", table: "vagueness",
                 columns: ["word", "duration"]) { row throws(LoadError) in
            guard let distance = DateDistance(try row.text(1)) else { throw row.mistake(1, "a duration (Nd, Nw, Nm or ..)") }
            table[try row.text(0)] = distance
        }
        return Vagueness.builtIn.merging(Vagueness(durations: table))
    }

    func declaredKinds() throws -> [RelationKind] {
        var kinds: [RelationKind] = []
        try each("SELECT id, label, directed, tone, cameo, goldstein FROM kinds WHERE declared = 1 ORDER BY position",
                 table: "kinds", columns: ["id", "label", "directed", "tone", "cameo", "goldstein"]) { row throws(LoadError) in
            guard let tone = Tone(rawValue: try row.text(3)) else { throw row.mistake(3, "cooperative, neutral or conflictual") }
            guard let goldstein = try row.optionalReal(5) else { throw row.mistake(5, "a number") }
            kinds.append(RelationKind(id: try row.text(0), label: try row.text(1), directed: try row.flag(2), tone: tone,
                                      cameoCode: try row.optionalText(4), goldstein: goldstein))
        }
        return kinds
    }

    /// Every source, or only those whose keys are in `keys`, in the store's order.
    func sources(keys: Set<String>? = nil) throws -> OrderedDictionary<String, String> {
        var found: [(position: Int64, key: String, reference: String)] = []
        let columns = ["position", "key", "reference"]
        let read = { (row: StoreRow) throws(LoadError) in
            found.append((try row.integer(0), try row.text(1), try row.text(2)))
        }
        if let keys {
            for key in keys {
                try each("SELECT position, key, reference FROM sources WHERE key = ?", table: "sources", columns: columns,
                         arguments: [key], read)
            }
            found.sort { $0.position < $1.position }
        } else {
            try each("SELECT position, key, reference FROM sources ORDER BY position", table: "sources", columns: columns, read)
        }
        var sources = OrderedDictionary<String, String>()
        for source in found { sources[source.key] = source.reference }
        return sources
    }

    static let actorColumns = ["position", "id", "name", "kind", "part_of", "group_name", "note"]

    private func actor(_ row: StoreRow) throws(LoadError) -> (position: Int64, actor: Actor) {
        (try row.integer(0), Actor(id: try row.text(1), name: try row.text(2), kind: try row.text(3),
                                   partOf: try row.optionalText(4), group: try row.optionalText(5),
                                   note: try row.optionalText(6)))
    }

    /// Every actor, in the store's order.
    func actors() throws -> [Actor] {
        var actors: [(position: Int64, actor: Actor)] = []
        try each("SELECT \(Self.actorColumns.joined(separator: ", ")) FROM actors ORDER BY position", table: "actors",
                 columns: Self.actorColumns) { row throws(LoadError) in actors.append(try actor(row)) }
        var aliases: [Int64: [String]] = [:]
        try each("SELECT actor, alias FROM aliases ORDER BY actor, position", table: "aliases",
                 columns: ["actor", "alias"]) { row throws(LoadError) in
            aliases[try row.integer(0), default: []].append(try row.text(1))
        }
        return actors.map { entry in
            var actor = entry.actor
            actor.aliases = aliases[entry.position] ?? []
            return actor
        }
    }

    /// The actors with the given ids and every actor they lie within (`partOf`), in the
    /// store's order. An id the store lacks is left out (validation then names it).
    func actors(ids: Set<String>) throws -> [Actor] {
        let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM actors") ?? 0
        // Past a few lookups per actor of the store, one pass over the table is cheaper.
        if ids.count * 8 > total { return try actorsByScan(ids: ids) }
        var found: [Int64: Actor] = [:]
        var seen = Set<String>()
        var pending = Array(ids)
        let sql = "SELECT \(Self.actorColumns.joined(separator: ", ")) FROM actors WHERE id = ?"
        while let id = pending.popLast() {
            guard seen.insert(id).inserted else { continue }
            try each(sql, table: "actors", columns: Self.actorColumns, arguments: [id]) { row throws(LoadError) in
                let (position, actor) = try actor(row)
                found[position] = actor
                if let parent = actor.partOf, !seen.contains(parent) { pending.append(parent) }
            }
        }
        var actors: [Actor] = []
        for position in found.keys.sorted() {
            guard var actor = found[position] else { continue }
            try each("SELECT alias FROM aliases WHERE actor = ? ORDER BY position", table: "aliases", columns: ["alias"],
                     arguments: [position]) { row throws(LoadError) in actor.aliases.append(try row.text(0)) }
            actors.append(actor)
        }
        return actors
    }

    /// As ``actors(ids:)``, reading the whole table once.
    private func actorsByScan(ids: Set<String>) throws -> [Actor] {
        let all = try actors()
        var position: [String: Int] = [:]
        for (index, actor) in all.enumerated() where position[actor.id] == nil { position[actor.id] = index }
        var keep = [Bool](repeating: false, count: all.count)
        for id in ids {
            var current = position[id]
            // A cycle of partOf (a damaged store) ends where it meets a kept actor.
            while let index = current, !keep[index] {
                keep[index] = true
                current = all[index].partOf.flatMap { position[$0] }
            }
        }
        return all.indices.filter { keep[$0] }.map { all[$0] }
    }

    static let relationColumns = [
        "position", "id", "kind", "source", "target", "start_date", "end_date", "secret", "secret_until_date", "weight",
        "note", "start_earliest", "start_latest", "end_earliest", "end_latest", "secret_until_earliest",
        "secret_until_latest",
    ]

    /// The relations a query selects (`WHERE`/`JOIN` written after `FROM relations r`),
    /// without their citations and evidence.
    func relations(_ selection: String = "", arguments: StatementArguments = []) throws -> [StoredRelation] {
        var relations: [StoredRelation] = []
        let columns = Self.relationColumns.map { "r." + $0 }.joined(separator: ", ")
        try each("SELECT \(columns) FROM relations r \(selection)", table: "relations", columns: Self.relationColumns,
                 arguments: arguments) { row throws(LoadError) in
            let relation = Relation(
                id: try row.text(1), kind: try row.text(2), source: try row.text(3), target: try row.text(4),
                start: try row.date(5), end: try row.date(6), note: try row.optionalText(10), secret: try row.flag(7),
                secretUntil: try row.date(8), weight: try row.optionalReal(9))
            let secretUntil: DaySpan?
            if let first = try row.optionalDay(15), let last = try row.optionalDay(16) {
                secretUntil = DaySpan(first: first, last: last)
            } else {
                secretUntil = nil
            }
            let solved = RelationDates.Solved(start: DaySpan(first: try row.day(11), last: try row.day(12)),
                                              end: DaySpan(first: try row.day(13), last: try row.day(14)),
                                              secretUntil: secretUntil)
            relations.append(StoredRelation(position: try row.integer(0), relation: relation, solved: solved))
        }
        return relations
    }

    /// Adds the citations and evidence a query selects (written after `FROM citations c`
    /// and `FROM evidence e`) to the relations at those positions.
    func attachSources(to relations: inout [StoredRelation], citations: String = "", evidence: String = "",
                       arguments: StatementArguments = []) throws {
        var index: [Int64: Int] = [:]
        for (offset, stored) in relations.enumerated() { index[stored.position] = offset }
        try each("SELECT c.relation, c.source FROM citations c \(citations) ORDER BY c.relation, c.position",
                 table: "citations", columns: ["relation", "source"], arguments: arguments) { row throws(LoadError) in
            if let offset = index[try row.integer(0)] { relations[offset].relation.citations.append(try row.text(1)) }
        }
        try each("SELECT e.relation, e.source, e.pages, e.quote FROM evidence e \(evidence) ORDER BY e.relation, e.position",
                 table: "evidence", columns: ["relation", "source", "pages", "quote"],
                 arguments: arguments) { row throws(LoadError) in
            if let offset = index[try row.integer(0)] {
                relations[offset].relation.evidence.append(
                    Evidence(source: try row.text(1), pages: try row.optionalText(2), quote: try row.optionalText(3)))
            }
        }
    }

    /// The positions of the relations the relation at `position` is anchored on.
    func anchors(of position: Int64) throws -> [Int64] {
        var anchors: [Int64] = []
        try each("SELECT anchor FROM anchors WHERE relation = ?", table: "anchors", columns: ["anchor"],
                 arguments: [position]) { row throws(LoadError) in anchors.append(try row.integer(0)) }
        return anchors
    }
}
