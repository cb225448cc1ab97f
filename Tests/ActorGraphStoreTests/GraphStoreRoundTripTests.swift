import ActorGraph
import ActorGraphInterchange
import ActorGraphStore
import Foundation
import Testing

@Suite("The store keeps the whole graph")
struct GraphStoreRoundTripTests {
    @Test("YAML -> store -> YAML gives the bundled graph's YAML back, evidence and relative dates included")
    func bundledGraphRoundTrip() throws {
        // The test means something only if the graph has what is hard to keep.
        #expect(bundledGraph.relations.contains { !$0.evidence.isEmpty })
        #expect(bundledGraph.relations.contains { ($0.start?.isRelative ?? false) || ($0.end?.isRelative ?? false) })
        #expect(bundledGraph.actors.contains { $0.group != nil } && bundledGraph.actors.contains { $0.partOf != nil })
        let path = try writtenStore(bundledGraph, purpose: "store-round-trip")
        let loaded = try GraphStore.load(path: path)
        #expect(GraphDocumentWriter.yamlText(loaded) == GraphDocumentWriter.yamlText(bundledGraph))
        #expect(loaded.actors == bundledGraph.actors)
        #expect(loaded.relations == bundledGraph.relations)
        for position in bundledGraph.relations.indices {
            #expect(loaded.startRange(ofRelationAt: position) == bundledGraph.startRange(ofRelationAt: position))
            #expect(loaded.endRange(ofRelationAt: position) == bundledGraph.endRange(ofRelationAt: position))
        }
    }

    @Test("Declared kinds, vague words and every optional field survive, and a second write replaces the first")
    func everyFieldAndReplacement() throws {
        let yaml = """
            title: "Fields: all of them"
            description: "quotes \\" and 'apostrophes', unicode é ✓"
            sources: { s1: "Source One", s2: "Source Two" }
            vagueness: { soon: 3d, eventually: 2m }
            kinds:
              - { id: hosts-talks, label: hosts talks, directed: false, tone: neutral, cameo: "043", goldstein: 2.5 }
            actors:
              - { id: a, name: "Actor A", kind: state, aliases: [Alpha, "A-land"], note: "a note", group: west }
              - { id: b, kind: agency, partOf: a }
              - { id: c }
            relations:
              - { id: r1, kind: hosts-talks, source: a, target: c, start: 2001-09~, end: "..", weight: 2.5,
                  citations: [s1], evidence: [{ source: s2, pages: "4-5", quote: "they met" }], note: "n" }
              - { id: r2, kind: supports, source: b, target: c, start: soon after r1.start, end: 2001-12, secret: 2001-11-05 }
              - { id: r3, kind: opposes, source: c, target: a, start: "[2001-10-01..2001-10-20]", secret: true }
            """
        let graph = try GraphLoader.load(bytes: Array(yaml.utf8), file: "fields.yaml", extension: "yaml")
        let path = try writtenStore(bundledGraph, purpose: "store-fields")
        try GraphStore.write(graph, to: path)
        let loaded = try GraphStore.load(path: path)
        #expect(GraphDocumentWriter.yamlText(loaded) == GraphDocumentWriter.yamlText(graph))
        #expect(loaded.vagueness["eventually"] == .days(62))
        #expect(loaded.declaredKinds == graph.declaredKinds)
        #expect(loaded.relations.count == 3)
        #expect(loaded.startRange(ofRelationAt: 1) == graph.startRange(ofRelationAt: 1))
    }

    @Test("The file is in WAL mode and says its schema version to plain SQLite")
    func walAndVersion() throws {
        let path = try writtenStore(bundledGraph, purpose: "store-wal")
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        guard FileManager.default.isExecutableFile(atPath: sqlite.executableURL!.path) else {
            Issue.record("sqlite3 is not installed (Scripts/setup.sh installs it)")
            return
        }
        sqlite.arguments = [path, "PRAGMA journal_mode", "PRAGMA user_version",
                            "SELECT value FROM metadata WHERE key = 'schema_version'", "SELECT count(*) FROM relations"]
        let output = Pipe()
        sqlite.standardOutput = output
        try sqlite.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        sqlite.waitUntilExit()
        #expect(text == "wal\n3\n3\n\(bundledGraph.relations.count)\n")
    }
}
