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
    #expect(talks.note == "2 GDELT events, 14 mentions, mean Goldstein 7.0; CAMEO 046 ×2")
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
        + "from GLOBALEVENTID to SOURCEURL (a GDELT 1.0 one 57, or 58 with SOURCEURL)"])
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

@Test func runsJoinWhenALateEventBridgesThem() throws {
    // Events of one pair and kind on 1, 25, 12, 7 and 18 September, in that file order, with
    // a gap of 10 days: 1 and 25 are two runs, 12 (11 days after the 1st, 13 before the
    // 25th) a third; 7 joins the 1st and the 12th; 18 joins that run and the 25th.
    let days = [1, 25, 12, 7, 18]
    let template = try String(contentsOfFile: fixture("events/gdelt-sample.export.CSV"), encoding: .utf8)
        .split(separator: "\n")[0].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    let rows = days.enumerated().map { index, day in
        var fields = template
        fields[0] = "\(index + 1)"
        fields[1] = String(format: "200109%02d", day)
        fields[60] = "https://news.example.org/e\(index + 1).html"
        return fields.joined(separator: "\t") + "\n"
    }
    let directory = try makeTemporaryDirectory()
    var runs: [[String]] = []
    for count in 3...5 {
        let path = directory.appendingPathComponent("first-\(count).export.CSV").path
        try rows.prefix(count).joined().write(toFile: path, atomically: true, encoding: .utf8)
        let (graph, _) = try EventImporter.importEvents(
            path: path, options: EventImportOptions(format: .gdelt, mergeGapDays: 10, maximumCitations: 2))
        runs.append(graph.relations.map { "\($0.start!)..\($0.end!) \($0.citations.joined(separator: ","))" })
    }
    #expect(runs == [
        ["2001-09-01..2001-09-01 gdelt-1", "2001-09-12..2001-09-12 gdelt-3", "2001-09-25..2001-09-25 gdelt-2"],
        ["2001-09-01..2001-09-12 gdelt-1,gdelt-4", "2001-09-25..2001-09-25 gdelt-2"],
        // The first citations by day: the 1st (event 1) and the 7th (event 4).
        ["2001-09-01..2001-09-25 gdelt-1,gdelt-4"],
    ])
}

@Test func citationsAreTheFirstEventsByDayThenId() throws {
    // Three events on one day with ids 10, 9 and 100 and one the day before with id 500:
    // by day, then id as a number (shorter ids first), the first three are 500, 9, 10.
    let template = try String(contentsOfFile: fixture("events/gdelt-sample.export.CSV"), encoding: .utf8)
        .split(separator: "\n")[0].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    let events = [("10", "20010920"), ("9", "20010920"), ("100", "20010920"), ("500", "20010919")]
    let text = events.map { id, date in
        var fields = template
        fields[0] = id
        fields[1] = date
        return fields.joined(separator: "\t") + "\n"
    }.joined()
    let path = try makeTemporaryDirectory().appendingPathComponent("ids.export.CSV").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    for chunkSize in [1 << 20, 400] {
        var options = EventImportOptions(format: .gdelt)
        options.chunkSize = chunkSize
        let (graph, _) = try EventImporter.importEvents(path: path, options: options)
        #expect(graph.relations.map(\.citations) == [["gdelt-500", "gdelt-9", "gdelt-10"]], "chunk size \(chunkSize)")
    }
}
