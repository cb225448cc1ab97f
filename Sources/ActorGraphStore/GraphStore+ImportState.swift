import ActorGraph
import ActorGraphInterchange
import GRDB

extension GraphStore {
    /// The tables where an event import keeps what appending files to it needs.
    static let importTables = ["import_options", "import_mapping", "import_files", "import_totals", "import_unmapped",
                               "import_actors", "import_actor_names", "import_runs", "import_run_codes",
                               "import_run_citations"]

    /// The options an import was made with, as `import_options` and `import_mapping` keep
    /// them: what files appended to it must be read with.
    struct ImportRecord: Equatable {
        /// Format, merge gap, minimum mentions and citations kept, by key, as text.
        var settings: [String: String]
        /// The mapping file named (empty: the built-in table), for messages.
        var mappingFile: String
        /// The mapping's whole table, code or type -> kind (nil: left unmapped on purpose).
        var mapping: [String: String?]

        /// The settings' keys and their names in messages, in the order they are compared.
        static let settingNames = [("format", "format"), ("merge_gap", "merge gap"), ("minimum_mentions", "minimum mentions"),
                                   ("maximum_citations", "maximum citations")]

        init(settings: [String: String], mappingFile: String, mapping: [String: String?]) {
            self.settings = settings
            self.mappingFile = mappingFile
            self.mapping = mapping
        }

        init(options: EventImportOptions, mappingFile: String?) {
            settings = ["format": options.format.rawValue, "merge_gap": "\(options.mergeGapDays)d",
                        "minimum_mentions": "\(options.minimumMentions)", "maximum_citations": "\(options.maximumCitations)"]
            self.mappingFile = mappingFile ?? ""
            mapping = options.format == .acled ? options.eventTypeMapping.table : options.mapping.table
        }

        /// How `other` differs from this record, naming both values, or nil when files read
        /// with it continue this import. Mapping files are compared by their tables.
        func difference(from other: ImportRecord) -> String? {
            for (key, name) in Self.settingNames where settings[key] != other.settings[key] {
                return "the store was imported with \(name) \(settings[key] ?? "(none)"), these files with "
                    + (other.settings[key] ?? "(none)")
            }
            guard mapping != other.mapping else { return nil }
            let code = Set(mapping.keys).union(other.mapping.keys).sorted().first { mapping[$0] != other.mapping[$0] } ?? ""
            func kind(_ table: [String: String?]) -> String {
                guard let entry = table[code] else { return "absent" }
                return entry ?? "unmapped"
            }
            func named(_ file: String) -> String { file.isEmpty ? "the built-in mapping" : "mapping '\(file)'" }
            return "the store was imported with \(named(mappingFile)), these files with \(named(other.mappingFile)), "
                + "which differ at '\(code)' (\(kind(mapping)) in the store, \(kind(other.mapping)) here)"
        }

        /// The record a store keeps, or nil when it keeps no import.
        static func read(_ db: Database, path: String) throws -> ImportRecord? {
            let reader = StoreReader(db: db, path: path)
            var settings: [String: String] = [:]
            try reader.each("SELECT key, value FROM import_options", table: "import_options",
                            columns: ["key", "value"]) { row throws(LoadError) in settings[try row.text(0)] = try row.text(1) }
            guard !settings.isEmpty else { return nil }
            var mapping: [String: String?] = [:]
            try reader.each("SELECT code, kind FROM import_mapping", table: "import_mapping",
                            columns: ["code", "kind"]) { row throws(LoadError) in mapping[try row.text(0)] = try row.optionalText(1) }
            let mappingFile = settings.removeValue(forKey: "mapping") ?? ""
            return ImportRecord(settings: settings, mappingFile: mappingFile, mapping: mapping)
        }

        func insert(into db: Database) throws {
            let option = try db.makeStatement(sql: "INSERT INTO import_options (key, value) VALUES (?, ?)")
            for (key, _) in Self.settingNames { try option.execute(arguments: [key, settings[key]]) }
            try option.execute(arguments: ["mapping", mappingFile])
            let entry = try db.makeStatement(sql: "INSERT INTO import_mapping (code, kind) VALUES (?, ?)")
            for code in mapping.keys.sorted() { try entry.execute(arguments: [code, mapping[code] ?? nil]) }
        }
    }

    /// Writes what `gathering` read (before its graph is made, which frees its runs).
    static func insertImport(_ gathering: EventGathering, into db: Database) throws {
        let file = try db.makeStatement(sql: "INSERT INTO import_files (position, name) VALUES (?, ?)")
        for (position, name) in gathering.files.enumerated() { try file.execute(arguments: [position, name]) }
        let summary = gathering.summary
        let total = try db.makeStatement(sql: "INSERT INTO import_totals (key, value) VALUES (?, ?)")
        for (key, value) in [("events_read", summary.eventsRead), ("events_used", summary.eventsUsed),
                             ("without_two_actors", summary.withoutTwoActors),
                             ("same_actor_on_both_sides", summary.sameActorOnBothSides),
                             ("below_minimum_mentions", summary.belowMinimumMentions)] {
            try total.execute(arguments: [key, value])
        }
        let unmapped = try db.makeStatement(sql: "INSERT INTO import_unmapped (code, events) VALUES (?, ?)")
        for (code, events) in summary.unmappedCodes.sorted(by: { $0.key < $1.key }) {
            try unmapped.execute(arguments: [code, events])
        }
        let actor = try db.makeStatement(sql: "INSERT INTO import_actors (position, id, kind) VALUES (?, ?, ?)")
        let name = try db.makeStatement(sql: "INSERT INTO import_actor_names (actor, position, name, uses) VALUES (?, ?, ?, ?)")
        for (position, state) in gathering.actors.enumerated() {
            try actor.execute(arguments: [position, state.id, state.kind])
            for (index, entry) in state.names.enumerated() {
                try name.execute(arguments: [position, index, entry.name, entry.count])
            }
        }
        let run = try db.makeStatement(sql: """
            INSERT INTO import_runs (position, relation, kind, source, target, first_day, last_day, events, mentions,
                goldstein_sum, goldstein_count, weight) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let code = try db.makeStatement(sql: "INSERT INTO import_run_codes (run, position, code, events) VALUES (?, ?, ?, ?)")
        let citation = try db.makeStatement(sql: """
            INSERT INTO import_run_citations (run, position, day, id, reference, quote) VALUES (?, ?, ?, ?, ?, ?)
            """)
        var position = 0
        try gathering.forEachRun { state in
            let values = state.values
            try run.execute(arguments: [position, state.relationID, state.kind, state.source, state.target,
                                        values.first.number, values.last.number, values.events, values.mentions,
                                        values.goldsteinSum, values.goldsteinCount, values.weight])
            for (index, entry) in values.codes.enumerated() { try code.execute(arguments: [position, index, entry.code, entry.count]) }
            for (index, entry) in values.citations.enumerated() {
                try citation.execute(arguments: [position, index, entry.day.number, entry.id, entry.reference, entry.quote])
            }
            position += 1
        }
    }

    /// Reads the import a store keeps into `gathering`: its files, totals, actors and runs.
    static func restoreImport(into gathering: inout EventGathering, db: Database, path: String) throws {
        let reader = StoreReader(db: db, path: path)
        try reader.each("SELECT name FROM import_files ORDER BY position", table: "import_files",
                        columns: ["name"]) { row throws(LoadError) in gathering.files.append(try row.text(0)) }
        var totals: [String: Int] = [:]
        try reader.each("SELECT key, value FROM import_totals", table: "import_totals",
                        columns: ["key", "value"]) { row throws(LoadError) in totals[try row.text(0)] = Int(try row.integer(1)) }
        gathering.summary.eventsRead = totals["events_read"] ?? 0
        gathering.summary.eventsUsed = totals["events_used"] ?? 0
        gathering.summary.withoutTwoActors = totals["without_two_actors"] ?? 0
        gathering.summary.sameActorOnBothSides = totals["same_actor_on_both_sides"] ?? 0
        gathering.summary.belowMinimumMentions = totals["below_minimum_mentions"] ?? 0
        try reader.each("SELECT code, events FROM import_unmapped", table: "import_unmapped",
                        columns: ["code", "events"]) { row throws(LoadError) in
            gathering.summary.unmappedCodes[try row.text(0)] = Int(try row.integer(1))
        }
        try restoreActors(into: &gathering, reader: reader)
        try restoreRuns(into: &gathering, db: db, path: path)
    }

    private static func restoreActors(into gathering: inout EventGathering, reader: StoreReader) throws {
        var actors: [EventActorState] = []
        var positions: [Int64: Int] = [:]
        try reader.each("SELECT position, id, kind FROM import_actors ORDER BY position", table: "import_actors",
                        columns: ["position", "id", "kind"]) { row throws(LoadError) in
            positions[try row.integer(0)] = actors.count
            actors.append(EventActorState(id: try row.text(1), kind: try row.text(2), names: []))
        }
        try reader.each("SELECT actor, name, uses FROM import_actor_names ORDER BY actor, position", table: "import_actor_names",
                        columns: ["actor", "name", "uses"]) { row throws(LoadError) in
            if let index = positions[try row.integer(0)] { actors[index].names.append((try row.text(1), Int(try row.integer(2)))) }
        }
        for actor in actors { gathering.restore(actor) }
    }

    /// Reads the runs with their codes and citations, the three tables side by side in run
    /// order, so that no table is held whole.
    private static func restoreRuns(into gathering: inout EventGathering, db: Database, path: String) throws {
        let runColumns = ["position", "kind", "source", "target", "first_day", "last_day", "events", "mentions",
                          "goldstein_sum", "goldstein_count", "weight"]
        let codeColumns = ["run", "code", "events"]
        let citationColumns = ["run", "day", "id", "reference", "quote"]
        let runs = try Row.fetchCursor(db, sql: "SELECT \(runColumns.joined(separator: ", ")) FROM import_runs ORDER BY position")
        let codes = try RunRows(try Row.fetchCursor(db, sql: "SELECT run, code, events FROM import_run_codes ORDER BY run, position"),
                            table: "import_run_codes", columns: codeColumns, path: path)
        let citations = try RunRows(try Row.fetchCursor(db, sql: """
            SELECT run, day, id, reference, quote FROM import_run_citations ORDER BY run, position
            """), table: "import_run_citations", columns: citationColumns, path: path)
        while let found = try runs.next() {
            let row = StoreRow(row: found, table: "import_runs", columns: runColumns, path: path)
            let position = try row.integer(0)
            var state = EventRunState(
                kind: try row.text(1), source: try row.text(2), target: try row.text(3),
                values: EventMerger.RunValues(
                    first: try row.day(4), last: try row.day(5), events: Int(try row.integer(6)),
                    mentions: Int(try row.integer(7)), goldsteinSum: try row.integer(8),
                    goldsteinCount: Int(try row.integer(9)), weight: try row.integer(10), codes: [], citations: []))
            try codes.each(ofRun: position) { code throws(LoadError) in
                state.values.codes.append((try code.text(1), Int(try code.integer(2))))
            }
            try citations.each(ofRun: position) { citation throws(LoadError) in
                state.values.citations.append(EventMerger.RunValues.Citation(
                    day: try citation.day(1), id: try citation.text(2), reference: try citation.text(3),
                    quote: try citation.optionalText(4)))
            }
            guard state.values.first <= state.values.last, gathering.restore(state) else {
                throw row.mistake(1, "a kind of the import's mapping, between actors of import_actors, over days in order")
            }
        }
    }

    /// The rows of a table ordered by run, read along with the runs: each run takes the rows
    /// of its number, and rows of no run are passed over.
    private final class RunRows {
        private let cursor: RowCursor
        private let table: String
        private let columns: [String]
        private let path: String
        private var current: StoreRow?

        init(_ cursor: RowCursor, table: String, columns: [String], path: String) throws {
            self.cursor = cursor
            self.table = table
            self.columns = columns
            self.path = path
            try advance()
        }

        private func advance() throws {
            current = try cursor.next().map { StoreRow(row: $0, table: table, columns: columns, path: path) }
        }

        /// Hands `body` each row of run `run`, the runs coming in increasing order.
        func each(ofRun run: Int64, _ body: (StoreRow) throws(LoadError) -> Void) throws {
            while let row = current, try row.integer(0) <= run {
                if try row.integer(0) == run { try body(row) }
                try advance()
            }
        }
    }
}
