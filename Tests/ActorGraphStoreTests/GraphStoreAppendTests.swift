import ActorGraph
import ActorGraphInterchange
import ActorGraphStore
import Foundation
import GRDB
import Testing

/// Three days of GDELT events whose runs are worked out by hand (merge gap 30 days):
///
/// - day 1: USA-UZB talks (046) on 09-01 and 09-05; USA-RUS fighting (190) on 09-02;
///   TJK opposes USA (120) on 08-01; one 010 event (unmapped).
/// - day 2: USA-UZB talks on 10-01 and 10-02, 26 days after 09-05, so the talks run crosses
///   the boundary; TJK opposes USA on 09-20, 50 days after 08-01: a new run past the gap;
///   AFG consults PAK (040) on 10-03; RUS-USA fighting (193) on 11-15, 74 days after 09-02:
///   a new run; one event without a second actor.
/// - day 3: USA-UZB talks on 11-20, 49 days after 10-02: a new run; talks on 09-03, inside
///   the first run, whose citation comes before 09-05's; TJK opposes USA on 08-25, 24 days
///   after 08-01 and 26 before 09-20, which joins those two runs into one.
private struct ThreeDays {
    let directory: URL
    let day1: String, day2: String, day3: String

    init(_ purpose: String) throws {
        directory = try makeTemporaryDirectory(purpose)
        day1 = try GDELTEventLine.write([
            GDELTEventLine(id: 101, day: "20010901", source: "USA", target: "UZB", code: "046", goldstein: "3.0"),
            GDELTEventLine(id: 102, day: "20010905", source: "UZB", target: "USA", code: "046", goldstein: "4.0"),
            GDELTEventLine(id: 103, day: "20010902", source: "USA", target: "RUS", code: "190", goldstein: "-10.0"),
            GDELTEventLine(id: 104, day: "20010801", source: "TJK", target: "USA", code: "120", goldstein: "-4.0"),
            GDELTEventLine(id: 105, day: "20010903", source: "USA", target: "RUS", code: "010"),
        ], named: "day1.export.CSV", in: directory)
        day2 = try GDELTEventLine.write([
            GDELTEventLine(id: 201, day: "20011001", source: "USA", target: "UZB", code: "046", goldstein: "5.5", mentions: 3),
            GDELTEventLine(id: 202, day: "20011002", source: "UZB", target: "USA", code: "046", goldstein: "6.0"),
            GDELTEventLine(id: 203, day: "20010920", source: "TJK", target: "USA", code: "120", goldstein: "-4.0"),
            GDELTEventLine(id: 204, day: "20011003", source: "AFG", target: "PAK", code: "040", goldstein: "1.0"),
            GDELTEventLine(id: 205, day: "20011115", source: "RUS", target: "USA", code: "193", goldstein: "-10.0"),
            GDELTEventLine(id: 206, day: "20011004", source: "USA", target: "", code: "040"),
        ], named: "day2.export.CSV", in: directory)
        day3 = try GDELTEventLine.write([
            GDELTEventLine(id: 301, day: "20011120", source: "USA", target: "UZB", code: "046", goldstein: "7.0"),
            GDELTEventLine(id: 302, day: "20010903", source: "USA", target: "UZB", code: "046", goldstein: "7.0"),
            GDELTEventLine(id: 303, day: "20010825", source: "TJK", target: "USA", code: "120", goldstein: "-4.0"),
        ], named: "day3.export.CSV", in: directory)
    }

    func store(_ name: String) -> String { directory.appendingPathComponent(name).path }
}

private let options = EventImportOptions(format: .gdelt, threads: 1)

/// A relation as a line: who, kind, whom, days, weight.
private func describe(_ relation: Relation) -> String {
    "\(relation.source) \(relation.kind) \(relation.target) \(relation.start?.description ?? "-")..\(relation.end?.description ?? "-") ×\(Int(relation.weight ?? 0))"
}

/// Everything a graph holds that an import makes, every field of every relation, comparable at once.
private struct GraphContents: Equatable {
    var title: String?
    var description: String?
    var sources: [[String]]
    var declaredKinds: [RelationKind]
    var actors: [Actor]
    var relations: [Relation]

    init(_ graph: TemporalGraph) {
        title = graph.title
        description = graph.description
        sources = graph.sources.map { [$0.key, $0.value] }
        declaredKinds = graph.declaredKinds
        actors = graph.actors
        relations = graph.relations
    }
}

private func expectSameGraph(_ actual: TemporalGraph, _ expected: TemporalGraph,
                             sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(GraphContents(actual) == GraphContents(expected), sourceLocation: sourceLocation)
}

/// Imports `first` into a fresh store at `path`, then appends each of `appended` in turn.
private func importThenAppend(_ first: [String], _ appended: [[String]], store path: String,
                              options: EventImportOptions = options) throws {
    _ = try GraphStore.importEvents(paths: first, options: options, into: path)
    for files in appended { _ = try GraphStore.importEvents(paths: files, options: options, into: path, appending: true) }
}

/// The message of a refused import or append.
private func refusal(_ body: () throws -> Void) -> String {
    do {
        try body()
        return "(not refused)"
    } catch {
        return "\(error)"
    }
}

@Suite("Appending event files to a store")
struct GraphStoreAppendTests {
    @Test("Day 1 imported, then day 2 appended, gives the store one import of both gives, runs crossing the boundary")
    func appendedDayEqualsOneImport() throws {
        let days = try ThreeDays("append-two")
        let once = days.store("once.sqlite")
        let appended = days.store("appended.sqlite")
        _ = try GraphStore.importEvents(paths: [days.day1, days.day2], options: options, into: once)
        let result = try GraphStore.importEvents(paths: [days.day1], options: options, into: appended)
        #expect(result.total.relations == 3)
        let append = try GraphStore.importEvents(paths: [days.day2], options: options, into: appended, appending: true)
        #expect(append.added.eventsRead == 6 && append.added.eventsUsed == 5 && append.added.withoutTwoActors == 1)
        #expect(append.total.eventsRead == 11 && append.total.eventsUsed == 9 && append.total.relations == 6)

        let graph = try GraphStore.load(path: appended)
        #expect(graph.relations.map(describe) == [
            "tjk opposes usa 2001-08-01..2001-08-01 ×1",
            "usa negotiates-with uzb 2001-09-01..2001-10-02 ×4",
            "rus fights usa 2001-09-02..2001-09-02 ×1",
            "tjk opposes usa 2001-09-20..2001-09-20 ×1",
            "afg consults pak 2001-10-03..2001-10-03 ×1",
            "rus fights usa 2001-11-15..2001-11-15 ×1",
        ])
        let talks = try #require(graph.relations.first { $0.id == "usa-negotiates-with-uzb-2001-09-01" })
        // Goldstein 3.0 + 4.0 + 5.5 + 6.0 = 18.5 over 4 events: 4.625, 4.6 in tenths; mentions 1 + 1 + 3 + 1.
        #expect(talks.note == "4 GDELT events, 6 mentions, mean Goldstein 4.6; CAMEO 046 ×4")
        #expect(talks.citations == ["gdelt-101", "gdelt-102", "gdelt-201"])
        #expect(graph.sources["gdelt-201"] == "https://news.example.org/201.html")
        #expect(graph.title == "GDELT events from 2 files")
        #expect(graph.description == "9 of 11 events in 6 relations; events of the same pair and kind at most 30 days apart are joined")
        #expect(graph.actors.map { "\($0.id):\($0.kind):\($0.name)" } == [
            "afg:state:NAME OF AFG", "pak:state:NAME OF PAK", "rus:state:NAME OF RUS", "tjk:state:NAME OF TJK",
            "usa:state:NAME OF USA", "uzb:state:NAME OF UZB",
        ])
        expectSameGraph(graph, try GraphStore.load(path: once))
        // The store holds what the importer makes of both files without a store.
        expectSameGraph(graph, try EventImporter.importEvents(paths: [days.day1, days.day2], options: options).graph)
    }

    @Test("Three files appended one by one, in any order, give the store one import of all three gives")
    func appendsInAnyOrder() throws {
        let days = try ThreeDays("append-orders")
        let once = days.store("once.sqlite")
        _ = try GraphStore.importEvents(paths: [days.day1, days.day2, days.day3], options: options, into: once)
        let expected = try GraphStore.load(path: once)
        #expect(expected.relations.map(describe) == [
            "tjk opposes usa 2001-08-01..2001-09-20 ×3",
            "usa negotiates-with uzb 2001-09-01..2001-10-02 ×5",
            "rus fights usa 2001-09-02..2001-09-02 ×1",
            "afg consults pak 2001-10-03..2001-10-03 ×1",
            "rus fights usa 2001-11-15..2001-11-15 ×1",
            "usa negotiates-with uzb 2001-11-20..2001-11-20 ×1",
        ])
        // By day: 09-01, then 09-03 from the third file, then 09-05; 10-01 and 10-02 fall past three.
        #expect(expected.relations[1].citations == ["gdelt-101", "gdelt-302", "gdelt-102"])
        #expect(expected.relations[0].citations == ["gdelt-104", "gdelt-303", "gdelt-203"])
        let orders: [(String, [String], [[String]])] = [
            ("1-2-3", [days.day1], [[days.day2], [days.day3]]),
            ("3-1-2", [days.day3], [[days.day1], [days.day2]]),
            ("2-3-1", [days.day2], [[days.day3], [days.day1]]),
            ("2+3-1", [days.day2, days.day3], [[days.day1]]),
            ("1-3+2", [days.day1], [[days.day3, days.day2]]),
        ]
        for (name, first, appended) in orders {
            let path = days.store("\(name).sqlite")
            try importThenAppend(first, appended, store: path)
            expectSameGraph(try GraphStore.load(path: path), expected)
            // A day read from the store gives the same relations.
            let september = day("2001-09-10")
            let part = try GraphStore.load(path: path, activeDuring: [DaySpan(september)])
            #expect(part.snapshot(at: september).relations.map(\.id) == expected.snapshot(at: september).relations.map(\.id))
        }
    }

    @Test("An ACLED export cut at any record and appended, in either order, gives the graph of the whole export")
    func acledCutAnywhere() throws {
        let sample = packageRoot.appendingPathComponent("Tests/ActorGraphInterchangeTests/Fixtures/events/acled-sample.csv").path
        let acled = EventImportOptions(format: .acled, threads: 1)
        var whole = GraphContents(try EventImporter.importEvents(path: sample, options: acled).graph)
        whole.title = "ACLED events from 2 files"
        // Records end at line ends outside quotes (a note may hold a line end).
        let lines = try String(contentsOfFile: sample, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        var records: [String] = []
        var pending = ""
        for line in lines.dropFirst() where !(line.isEmpty && pending.isEmpty) {
            pending += pending.isEmpty ? String(line) : "\n" + line
            if pending.filter({ $0 == "\"" }).count % 2 == 0 {
                records.append(pending)
                pending = ""
            }
        }
        #expect(records.count == 15)
        let header = String(lines[0])
        let directory = try makeTemporaryDirectory("append-acled")
        for cut in 1..<records.count {
            let parts = [records[..<cut], records[cut...]].enumerated().map { index, part in
                let path = directory.appendingPathComponent("part\(cut)-\(index).csv").path
                FileManager.default.createFile(atPath: path, contents: Data(([header] + part).map { $0 + "\n" }.joined().utf8))
                return path
            }
            for (name, order) in [("forward", parts), ("backward", parts.reversed())] {
                let store = directory.appendingPathComponent("\(cut)-\(name).sqlite").path
                try importThenAppend([order[0]], [[order[1]]], store: store, options: acled)
                #expect(GraphContents(try GraphStore.load(path: store)) == whole, "cut after record \(cut), \(name)")
            }
        }
    }

    @Test("An append with other options than the store's, to a store convert wrote, or to a newer store is refused and changes nothing")
    func mismatchesRefused() throws {
        let days = try ThreeDays("append-refused")
        let store = days.store("store.sqlite")
        _ = try GraphStore.importEvents(paths: [days.day1], options: options, into: store)
        let before = try GraphStore.load(path: store)
        let append = { (options: EventImportOptions, mapping: String?) in
            refusal { _ = try GraphStore.importEvents(paths: [days.day2], options: options, mappingFile: mapping, into: store,
                                                      appending: true) }
        }
        var weekGap = options
        weekGap.mergeGapDays = 7
        #expect(append(weekGap, nil) == "\(store): error: cannot append: the store was imported with merge gap 30d, these files "
            + "with 7d; append with the options the store was imported with")
        var icews = options
        icews.format = .icews
        #expect(append(icews, nil).hasPrefix("\(store): error: cannot append: the store was imported with format gdelt, "
            + "these files with icews"))
        var fewerCitations = options
        fewerCitations.maximumCitations = 1
        #expect(append(fewerCitations, nil).contains("maximum citations 3, these files with 1"))
        var mapped = options
        mapped.mapping = CAMEOMapping.builtIn.overridden(by: CAMEOMapping(table: ["046": "consults"]))
        #expect(append(mapped, "talks.yaml") == "\(store): error: cannot append: the store was imported with the built-in "
            + "mapping, these files with mapping 'talks.yaml', which differ at '046' (negotiates-with in the store, "
            + "consults here); append with the options the store was imported with")
        expectSameGraph(try GraphStore.load(path: store), before)
        // A mapping file whose table is the built-in one is the same mapping.
        var same = options
        same.mapping = CAMEOMapping.builtIn.overridden(by: CAMEOMapping(table: ["046": "negotiates-with"]))
        _ = try GraphStore.importEvents(paths: [days.day2], options: same, mappingFile: "talks.yaml", into: store, appending: true)
        #expect(try GraphStore.load(path: store).relations.count == 6)

        let converted = days.store("converted.sqlite")
        try GraphStore.write(bundledGraph, to: converted)
        #expect(refusal { _ = try GraphStore.importEvents(paths: [days.day2], options: options, into: converted, appending: true) }
            == "\(converted): error: the store holds no event import to append to (convert wrote it, or an ActorGraph "
            + "without --append); import all the event files into it with -o instead")
        // A graph converted over an imported store takes its import away with it.
        try GraphStore.write(bundledGraph, to: store)
        #expect(refusal { _ = try GraphStore.importEvents(paths: [days.day2], options: options, into: store, appending: true) }
            .contains("holds no event import"))
        let missing = days.store("missing.sqlite")
        #expect(refusal { _ = try GraphStore.importEvents(paths: [days.day2], options: options, into: missing, appending: true) }
            == "\(missing): error: no such store to append to; import the first files with -o \(missing)")
        #expect(!FileManager.default.fileExists(atPath: missing))

        let newer = days.store("newer.sqlite")
        _ = try GraphStore.importEvents(paths: [days.day1], options: options, into: newer)
        try editStore(newer, "INSERT INTO grdb_migrations (identifier) VALUES ('v4-from-the-future')")
        #expect(refusal { _ = try GraphStore.importEvents(paths: [days.day2], options: options, into: newer, appending: true) }
            .hasPrefix("\(newer): error: the store was written by a newer version of ActorGraph (schema v4-from-the-future)"))
    }

    @Test("A bad line in an appended file is an error at its line, and the store keeps what it held")
    func badAppendLeavesTheStore() throws {
        let days = try ThreeDays("append-bad")
        let store = days.store("store.sqlite")
        _ = try GraphStore.importEvents(paths: [days.day1], options: options, into: store)
        let before = try GraphStore.load(path: store)
        var lines = [GDELTEventLine(id: 401, day: "20011001", source: "USA", target: "UZB", code: "046"),
                     GDELTEventLine(id: 402, day: "20011341", source: "USA", target: "UZB", code: "046")]
        let bad = try GDELTEventLine.write(lines, named: "bad.export.CSV", in: days.directory)
        let diagnostics = loadDiagnostics {
            _ = try GraphStore.importEvents(paths: [bad], options: options, into: store, appending: true)
        }
        #expect(diagnostics == ["\(bad):2:5: error: SQLDATE '20011341' is not a date; expected YYYYMMDD"])
        expectSameGraph(try GraphStore.load(path: store), before)
        lines.removeLast()
        let good = try GDELTEventLine.write(lines, named: "good.export.CSV", in: days.directory)
        _ = try GraphStore.importEvents(paths: [good], options: options, into: store, appending: true)
        #expect(try GraphStore.load(path: store).relations.map(describe).contains("usa negotiates-with uzb 2001-09-01..2001-10-01 ×3"))
    }

    @Test("A store of the schema before imports were kept is migrated: it reads, and refuses an append for want of an import")
    func olderStoreMigrated() throws {
        let days = try ThreeDays("append-older")
        let store = days.store("store.sqlite")
        _ = try GraphStore.importEvents(paths: [days.day1], options: options, into: store)
        let before = try GraphStore.load(path: store)
        try editStore(store, importTablesDropped + """
            DELETE FROM grdb_migrations WHERE identifier = 'v3-event-import';
            UPDATE metadata SET value = '2' WHERE key = 'schema_version'; PRAGMA user_version = 2;
            """)
        expectSameGraph(try GraphStore.load(path: store), before)
        let queue = try DatabaseQueue(path: store)
        let version = try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
        let tables = try queue.read { db in try db.tableExists("import_runs") }
        try queue.close()
        #expect(version == 3 && tables)
        #expect(refusal { _ = try GraphStore.importEvents(paths: [days.day2], options: options, into: store, appending: true) }
            .contains("holds no event import"))
    }
}

/// What dropping the import tables of the third schema takes, as SQL.
private let importTablesDropped = ["import_options", "import_mapping", "import_files", "import_totals",
    "import_unmapped", "import_actors", "import_actor_names", "import_runs", "import_run_codes", "import_run_citations"]
    .map { "DROP TABLE \($0);\n" }.joined()
