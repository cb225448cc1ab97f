import ActorGraph
import ActorGraphStore
import Foundation
import Testing

@Suite("The store's schema: versions, strangers and damage")
struct GraphStoreSchemaTests {
    @Test("A store that records a migration this version does not know is refused for reading and writing")
    func newerSchemaRefused() throws {
        let path = try writtenStore(bundledGraph, purpose: "store-newer")
        try editStore(path, "INSERT INTO grdb_migrations (identifier) VALUES ('v3-from-the-future')")
        let diagnostics = loadDiagnostics { _ = try GraphStore.load(path: path) }
        #expect(diagnostics == ["\(path):1:1: error: the store was written by a newer version of ActorGraph (schema v3-from-the-future); this version reads schema up to v3-event-import: upgrade ActorGraph to read it"])
        #expect(loadDiagnostics { _ = try GraphStore.load(path: path, activeDuring: [DaySpan(day("2001-09-22"))]) } == diagnostics)
        #expect(throws: GraphStore.WriteError.self) { try GraphStore.write(bundledGraph, to: path) }
    }

    @Test("A store of the first schema, without the activity index, is migrated when opened and then answers by day")
    func olderSchemaMigrated() throws {
        let path = try writtenStore(bundledGraph, purpose: "store-older")
        // What the first schema wrote: the same tables without the R*Trees.
        try editStore(path, """
            DROP TABLE possibly_active; DROP TABLE certainly_active;
            DELETE FROM grdb_migrations WHERE identifier = 'v2-activity-index';
            UPDATE metadata SET value = '1' WHERE key = 'schema_version'; PRAGMA user_version = 1;
            """)
        let september22 = day("2001-09-22")
        let part = try GraphStore.load(path: path, activeDuring: [DaySpan(september22)])
        #expect(relationIDs(part.snapshot(at: september22)) == relationIDs(bundledGraph.snapshot(at: september22)))
        #expect(!part.relations.isEmpty)
    }

    @Test("Files that are not stores, and stores with values of the wrong type, are diagnostics, not crashes")
    func strangersAndDamage() throws {
        let directory = try makeTemporaryDirectory("store-strangers")
        let text = directory.appendingPathComponent("text.sqlite").path
        try Data("title: not a database\n".utf8).write(to: URL(fileURLWithPath: text))
        #expect(loadDiagnostics { _ = try GraphStore.load(path: text) }
            == ["\(text):1:1: error: not an SQLite file (file is not a database)"])
        let other = directory.appendingPathComponent("other.sqlite").path
        try editStore(other, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        let notAStore = ["\(other):1:1: error: not an ActorGraph store (an SQLite file without ActorGraph's tables)"]
        #expect(loadDiagnostics { _ = try GraphStore.load(path: other) } == notAStore)
        #expect(throws: GraphStore.WriteError.self) { try GraphStore.write(bundledGraph, to: other) }
        let missing = directory.appendingPathComponent("missing.sqlite").path
        #expect(loadDiagnostics { _ = try GraphStore.load(path: missing) } == ["\(missing):1:1: error: no such file"])

        let damaged = try writtenStore(bundledGraph, purpose: "store-damaged")
        try editStore(damaged, "UPDATE relations SET kind = x'00ff' WHERE position = 3")
        #expect(loadDiagnostics { _ = try GraphStore.load(path: damaged) }
            == ["\(damaged):1:1: error: table 'relations', row at position 3: column 'kind' must be text"])
        try editStore(damaged, "UPDATE relations SET kind = 'no-such-kind', start_date = '2001-02-30' WHERE position = 3")
        #expect(loadDiagnostics { _ = try GraphStore.load(path: damaged) }
            == ["\(damaged):1:1: error: table 'relations': column 'start_date': impossible date '2001-02-30': February 2001 has 28 days"])
        try editStore(damaged, "UPDATE relations SET start_date = '2001-09' WHERE position = 3")
        let unknownKind = loadDiagnostics { _ = try GraphStore.load(path: damaged) }
        #expect(unknownKind.count == 1 && unknownKind[0].contains("unknown relation kind 'no-such-kind'"))
        try editStore(damaged, "UPDATE relations SET kind = 'supports', source = 'ghost' WHERE position = 3")
        let everyDay = DaySpan(first: day("1990-01-01"), last: day("2010-01-01"))
        let ghost = loadDiagnostics { _ = try GraphStore.load(path: damaged, activeDuring: [everyDay]) }
        #expect(ghost.count == 1 && ghost[0].contains("unknown actor 'ghost'"))
    }
}
