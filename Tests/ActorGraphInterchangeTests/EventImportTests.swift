import ActorGraph
import Foundation
import Testing
@testable import ActorGraphInterchange

/// The sample files hold events whose outcome is worked out by hand in their comments
/// below; the numbers come from the events written, not from a run of the importer.
private func importSample(_ name: String, _ options: EventImportOptions) throws
    -> (graph: TemporalGraph, summary: EventImportSummary) {
    try EventImporter.importEvents(path: fixture("events/\(name)"), options: options)
}

private func describe(_ relation: Relation) -> String {
    "\(relation.source) \(relation.kind) \(relation.target) \(relation.start?.description ?? "-")..\(relation.end?.description ?? "-") ×\(Int(relation.weight ?? 0))"
}

@Test func gdeltEventsBecomeRelationsJoinedWithinTheMergeGap() throws {
    let (graph, summary) = try importSample("gdelt-sample.export.CSV", EventImportOptions(format: .gdelt))
    // 13 events: one without a second actor, 010 and 020 unmapped, one USA->USA.
    #expect(summary.eventsRead == 13)
    #expect(summary.withoutTwoActors == 1)
    #expect(summary.unmappedCodes == ["010": 1, "020": 1])
    #expect(summary.sameActorOnBothSides == 1)
    #expect(summary.eventsUsed == 9)
    // USA-UZB negotiations on 09-20 and 09-25 (five days apart) join, and 11-10 (46 days
    // later) starts a new relation; negotiates-with is symmetric, so UZB->USA joins USA->UZB.
    // Fighting on 10-08 (190) and 10-15 (193) joins; fights is symmetric, so tal comes first.
    #expect(graph.relations.map(describe) == [
        "rus supports afgreb 2001-09-15..2001-09-15 ×1",
        "tjk opposes usa 2001-09-18..2001-09-18 ×1",
        "usa negotiates-with uzb 2001-09-20..2001-09-25 ×2",
        "rus agrees-with usa 2001-09-22..2001-09-22 ×1",
        "usamil cooperates-with uzb 2001-10-01..2001-10-01 ×1",
        "tal fights usa 2001-10-08..2001-10-15 ×2",
        "usa negotiates-with uzb 2001-11-10..2001-11-10 ×1",
    ])
    let talks = try #require(graph.relations.first { $0.id == "usa-negotiates-with-uzb-2001-09-20" })
    #expect(talks.citations == ["gdelt-1000000001", "gdelt-1000000002"])
    #expect(graph.sources["gdelt-1000000002"] == "https://news.example.org/2001/story-2.html")
    #expect(talks.note == "2 GDELT 2.0 events, 14 mentions, mean Goldstein 7.0; CAMEO 046 ×2")
    // Actor kinds from the CAMEO actor codes: a bare country code is a state, MIL an
    // agency, REB and INS armed groups.
    #expect(graph.actors.map { "\($0.id):\($0.kind)" } == [
        "afgreb:armed-group", "rus:state", "tal:armed-group", "tjk:state", "usa:state", "usamil:agency", "uzb:state",
    ])
    #expect(graph.actor(id: "usamil")?.name == "PENTAGON")
}

@Test func aZeroGapKeepsEveryDayApart() throws {
    let (graph, _) = try importSample("gdelt-sample.export.CSV", EventImportOptions(format: .gdelt, mergeGapDays: 0))
    #expect(graph.relations.filter { $0.kind == "negotiates-with" }.count == 3)
    #expect(graph.relations.filter { $0.kind == "fights" }.count == 2)
}

@Test func aMappingFileOverridesAndExtendsTheBuiltInTable() throws {
    let mapping = CAMEOMapping.builtIn.overridden(by: try CAMEOMapping.read(path: fixture("events/mapping.yaml")))
    let options = EventImportOptions(format: .gdelt, mapping: mapping, minimumMentions: 3)
    let (graph, summary) = try importSample("gdelt-sample.export.CSV", options)
    // 046 now means consults (directed: USA->UZB and UZB->USA stay apart), 19 is unmapped,
    // 010 becomes a kind of its own, and TJK's event with 2 mentions is left out.
    #expect(summary.belowMinimumMentions == 1)
    #expect(summary.unmappedCodes == ["020": 1, "190": 1, "193": 1])
    #expect(graph.relations.filter { $0.kind == "consults" }.map { "\($0.source)->\($0.target)" }
        == ["usa->uzb", "uzb->usa", "usa->uzb"])
    #expect(!graph.relations.contains { $0.kind == "fights" || $0.kind == "opposes" })
    let statement = try #require(graph.declaredKinds.first)
    #expect(statement.id == "makes-statement-about")
    #expect(statement.cameoCode == "010")
    #expect(statement.tone == .neutral)
    #expect(graph.relations.contains { $0.kind == "makes-statement-about" && $0.source == "usa" && $0.target == "rus" })
}

@Test func icewsEventsBecomeRelations() throws {
    let (graph, summary) = try importSample("icews-sample.tab", EventImportOptions(format: .icews))
    #expect(summary.eventsRead == 7)
    #expect(summary.unmappedCodes == ["010": 1])
    #expect(summary.withoutTwoActors == 1)
    // Code 43 lost its leading zero: it is 043 (consult). Negotiations 15 days apart join.
    #expect(graph.relations.map(describe) == [
        "russia supports northern-alliance 2001-09-13..2001-09-13 ×1",
        "united-states negotiates-with uzbekistan 2001-09-20..2001-10-05 ×2",
        "vladimir-putin consults george-w-bush 2001-09-22..2001-09-22 ×1",
        "tajikistan consults united-states 2001-10-01..2001-10-01 ×1",
    ])
    let talks = try #require(graph.relations.first { $0.kind == "negotiates-with" })
    #expect(talks.citations == ["icews-story-1001", "icews-story-1002"])
    #expect(graph.sources["icews-story-1002"] == "ICEWS story 1002, Reuters")
    #expect(graph.actor(id: "russia")?.kind == ActorKind.state)
    #expect(graph.actor(id: "vladimir-putin")?.name == "Vladimir Putin")
    #expect(graph.actor(id: "northern-alliance")?.kind == ActorKind.unspecified)
}

@Test func aGDELTRowWithTheWrongNumberOfColumnsIsAnErrorAtItsLine() {
    let path = fixture("events/gdelt-wrong-columns.export.CSV")
    let diagnostics = loadDiagnostics { _ = try EventImporter.importEvents(path: path, options: EventImportOptions(format: .gdelt)) }
    #expect(diagnostics == ["\(path):2:1: error: found 60 tab-separated columns; a GDELT 2.0 event record has 61, "
        + "from GLOBALEVENTID to SOURCEURL"])
}

@Test func anUnreadableDateIsAnErrorAtItsColumn() {
    let gdelt = fixture("events/gdelt-bad-date.export.CSV")
    #expect(loadDiagnostics { _ = try EventImporter.importEvents(path: gdelt, options: EventImportOptions(format: .gdelt)) }
        == ["\(gdelt):3:12: error: SQLDATE '20010231' is not a date; expected YYYYMMDD"])
    let icews = fixture("events/icews-bad-date.tab")
    #expect(loadDiagnostics { _ = try EventImporter.importEvents(path: icews, options: EventImportOptions(format: .icews)) }
        == ["\(icews):3:6: error: Event Date '2001-13-05' is not a date; expected YYYY-MM-DD"])
}

@Test func icewsHasNoMentionsToFilterOn() {
    let path = fixture("events/icews-sample.tab")
    let diagnostics = loadDiagnostics {
        _ = try EventImporter.importEvents(path: path, options: EventImportOptions(format: .icews, minimumMentions: 2))
    }
    #expect(diagnostics.first?.contains("ICEWS events carry no mention counts") == true)
}

@Test func aZippedFileIsRecognized() throws {
    let directory = try makeTemporaryDirectory()
    let path = directory.appendingPathComponent("20150218230000.export.CSV.zip").path
    try Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x0A]).write(to: URL(fileURLWithPath: path))
    let diagnostics = loadDiagnostics { _ = try EventImporter.importEvents(path: path, options: EventImportOptions(format: .gdelt)) }
    #expect(diagnostics == ["\(path):1:1: error: this is a zip archive; unzip it and import the file inside"])
}

@Test func theLongestMatchingPrefixWins() {
    let mapping = CAMEOMapping.builtIn.overridden(by: CAMEOMapping(table: ["0461": "agrees-with", "19": nil]))
    #expect(mapping.kind(forCode: "046") == "negotiates-with")
    #expect(mapping.kind(forCode: "0461") == "agrees-with")
    #expect(mapping.kind(forCode: "043") == "consults")
    #expect(mapping.kind(forCode: "057") == "agrees-with")
    #expect(mapping.kind(forCode: "0234") == nil)
    #expect(mapping.kind(forCode: "193") == nil)
    #expect(mapping.kind(forCode: "201") == "fights")
}

@Test func mappingFileMistakesAreReportedAtTheirLines() throws {
    let directory = try makeTemporaryDirectory()
    let path = directory.appendingPathComponent("mapping.yaml").path
    try "\"046\": consults\n4x6: supports\n\"07\": two words\n".write(toFile: path, atomically: true, encoding: .utf8)
    let diagnostics = loadDiagnostics { _ = try CAMEOMapping.read(path: path) }
    #expect(diagnostics == [
        "\(path):2:1: error: expected a CAMEO code prefix of 1 to 4 digits in quotes, like \"046\"",
        "\(path):3:7: error: a relation kind id is one word, like negotiates-with",
    ])
}

@Test func linesAreTheSameWhateverTheChunkSize() throws {
    let directory = try makeTemporaryDirectory()
    let path = directory.appendingPathComponent("lines.txt").path
    let text = "first\tline\r\n\nthird ünïcödé line\nfourth\r\nlast without an end"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let expected = ["first\tline", "", "third ünïcödé line", "fourth", "last without an end"]
    for chunkSize in [1, 2, 3, 7, 64, 1 << 20] {
        var lines: [String] = []
        var numbers: [Int] = []
        try ChunkedLineReader(path: path, chunkSize: chunkSize).forEachLine { line, number in
            lines.append(String(decoding: line, as: UTF8.self))
            numbers.append(number)
            return true
        }
        #expect(lines == expected, "chunk size \(chunkSize)")
        #expect(numbers == [1, 2, 3, 4, 5])
    }
}

@Test func runsJoinWhenALateEventBridgesThem() {
    var merger = EventMerger(gap: 10, maximumCitations: 2)
    let key = EventMerger.Key(kind: 0, source: 0, target: 1)
    func event(_ day: Int, _ id: String) -> CodedEvent {
        CodedEvent(day: Day(year: 2001, month: 9, day: day)!, source: .init(id: "a", name: "A", kind: "actor"),
                   target: .init(id: "b", name: "B", kind: "actor"), code: "046", goldstein: 7, mentions: 1,
                   citationID: id, citationReference: id)
    }
    merger.add(event(1, "e1"), key: key)
    merger.add(event(25, "e2"), key: key)   // 24 days later: a second run
    merger.add(event(12, "e3"), key: key)   // 11 days after the first, 13 before the second: a third
    #expect(merger.runCount == 3)
    merger.add(event(7, "e4"), key: key)    // within 10 days of 09-01 and of 09-12: those two join
    #expect(merger.runCount == 2)
    merger.add(event(18, "e5"), key: key)   // within 10 days of 09-12 and of 09-25: one run
    #expect(merger.runCount == 1)
    let run = merger.runs[key]?.first
    #expect(merger.runs[key]?.count == 1)
    #expect(run?.first == Day(year: 2001, month: 9, day: 1))
    #expect(run?.last == Day(year: 2001, month: 9, day: 25))
    #expect(run?.events == 5)
    #expect(run?.citations.map(\.id) == ["e1", "e4"])
}
