import ActorGraph
import Foundation
import Testing
@testable import ActorGraphInterchange

// acled-sample.csv (Scripts/generate-acled-fixtures.py) holds fifteen ACLED events in
// Nigeria, January to March 2023. Worked out by hand from its rows, with the 30-day gap:
// - NIG1001 (3 Jan, Battles, military v Boko Haram, 5 dead) and NIG1002 (20 Jan, the two
//   actors the other way round, 2 dead) are one fights relation: fights is symmetric, so
//   boko-haram... (which sorts first) is its source; 2 events + 7 fatalities weigh 9.
// - NIG1003 (15 Mar, Battles, 0 dead) is 54 days after 20 Jan: a fights relation of its own.
// - NIG1004 (10 Jan, Violence against civilians, 7 dead, notes over two lines with quotes)
//   and NIG1015 (11 Jan, 4 dead): Boko Haram attacks civilians, 2 events + 11 = 13.
// - NIG1005 (25 Jan, Explosions/Remote violence, 3 dead): Boko Haram attacks the military, 4.
// - NIG1007 (13 Jan, Protests with police) and NIG1009 (16 Jan, Riots against civilians,
//   1 dead): clashes-with, symmetric, 1 and 2.
// - NIG1010 agrees-with (5 Feb), NIG1011 arrests (6 Feb, police -> protesters), NIG1013
//   loots (8 Feb, no notes): one event each.
// - NIG1006 (protest), NIG1008 (riot) and NIG1012 (base established) name no actor2: one-sided.
// - NIG1014 names the military on both sides.

private func importACLED(_ path: String = fixture("events/acled-sample.csv"),
                         _ options: EventImportOptions = EventImportOptions(format: .acled)) throws
    -> (graph: TemporalGraph, summary: EventImportSummary) {
    try EventImporter.importEvents(path: path, options: options)
}

private func describe(_ relation: Relation) -> String {
    "\(relation.source) \(relation.kind) \(relation.target) \(relation.start?.description ?? "-")..\(relation.end?.description ?? "-") ×\(Int(relation.weight ?? 0))"
}

private let boko = "boko-haram-jamaatu-ahli-is-sunnah-lid-dawati-wal-jihad"
private let military = "military-forces-of-nigeria-2015-2023"

@Test func acledEventsBecomeRelationsWeighedByEventsAndFatalities() throws {
    let (graph, summary) = try importACLED()
    #expect(summary.eventsRead == 15)
    #expect(summary.withoutTwoActors == 3)
    #expect(summary.sameActorOnBothSides == 1)
    #expect(summary.unmappedCodes.isEmpty)
    #expect(summary.eventsUsed == 11)
    #expect(graph.relations.map(describe) == [
        "\(boko) fights \(military) 2023-01-03..2023-01-20 ×9",
        "\(boko) attacks civilians-nigeria 2023-01-10..2023-01-11 ×13",
        "police-forces-of-nigeria-2015-2023 clashes-with protesters-nigeria 2023-01-13..2023-01-13 ×1",
        "civilians-nigeria clashes-with rioters-nigeria 2023-01-16..2023-01-16 ×2",
        "\(boko) attacks \(military) 2023-01-25..2023-01-25 ×4",
        "government-of-nigeria-2015-2023 agrees-with niger-delta-avengers 2023-02-05..2023-02-05 ×1",
        "police-forces-of-nigeria-2015-2023 arrests protesters-nigeria 2023-02-06..2023-02-06 ×1",
        "\(boko) loots civilians-nigeria 2023-02-08..2023-02-08 ×1",
        "\(boko) fights \(military) 2023-03-15..2023-03-15 ×1",
    ])
    let fights = graph.relations[0]
    #expect(fights.note == "2 ACLED events, 7 fatalities; Battles: Armed clash ×2")
    #expect(fights.evidence.map(\.source) == ["acled-NIG1001", "acled-NIG1002"])
    #expect(fights.evidence.first?.quote
        == "On 3 January 2023, military forces clashed with Boko Haram near Bama, Borno. 5 militants were killed.")
    let attacks = graph.relations[1]
    #expect(attacks.note == "2 ACLED events, 11 fatalities; Violence against civilians: Attack ×2")
    #expect(attacks.evidence.map(\.quote) == [
        "Boko Haram militants attacked a village near Gwoza.\nSeven civilians were killed, including a \"village head\".",
        "Boko Haram killed 4 farmers near Gwoza, Borno.",
    ])
    #expect(graph.sources["acled-NIG1015"] == "ACLED event NIG1015, source: Vanguard; Reuters")
    // An event without notes is cited without a quote.
    #expect(graph.relations[7].citations == ["acled-NIG1013"])
    #expect(graph.relations[7].evidence.isEmpty)
    #expect(graph.relations[3].note == "1 ACLED event, 1 fatality; Riots: Mob violence ×1")
    // The kinds ActorGraph does not build in are declared; fights and agrees-with are its own.
    #expect(graph.declaredKinds.map(\.id) == ["arrests", "attacks", "clashes-with", "loots"])
    #expect(graph.declaredKinds.first { $0.id == "clashes-with" }?.directed == false)
    let attacksKind = try #require(graph.declaredKinds.first { $0.id == "attacks" })
    #expect((attacksKind.directed, attacksKind.tone, attacksKind.goldstein, attacksKind.cameoCode) == (true, .conflictual, -9.0, "18"))
    // inter1/inter2: 1 state forces (agency), 2 rebels and 3 political militias (armed groups).
    #expect(graph.actors.map { "\($0.id):\($0.kind)" } == [
        "\(boko):armed-group", "civilians-nigeria:actor", "government-of-nigeria-2015-2023:agency", "\(military):agency",
        "niger-delta-avengers:armed-group", "police-forces-of-nigeria-2015-2023:agency", "protesters-nigeria:actor",
        "rioters-nigeria:actor",
    ])
    #expect(graph.actor(id: military)?.name == "Military Forces of Nigeria (2015-2023)")
}

@Test func acledCitationsAreBoundedByTheFirstEventsByDay() throws {
    let (graph, _) = try importACLED(fixture("events/acled-sample.csv"),
                                     EventImportOptions(format: .acled, maximumCitations: 1))
    #expect(graph.relations[1].evidence.map(\.source) == ["acled-NIG1004"])
    #expect(graph.sources["acled-NIG1015"] == nil)
}

@Test func acledDatesAreReadInBothOfACLEDsForms() {
    #expect(ACLEDChunkParser.day("15 January 2023") == Day(year: 2023, month: 1, day: 15))
    #expect(ACLEDChunkParser.day("5 February 2023") == Day(year: 2023, month: 2, day: 5))
    #expect(ACLEDChunkParser.day("15-Jan-2023") == Day(year: 2023, month: 1, day: 15))
    #expect(ACLEDChunkParser.day("2023-01-15") == Day(year: 2023, month: 1, day: 15))
    #expect(ACLEDChunkParser.day("29 February 2023") == nil)
    #expect(ACLEDChunkParser.day("15 Janu 2023") == nil)
    #expect(ACLEDChunkParser.day("2023-1-15") == nil)
    #expect(ACLEDChunkParser.day("January 2023") == nil)
    #expect(ACLEDChunkParser.day("") == nil)
}

@Test func anACLEDMappingFileOverridesEventAndSubEventTypes() throws {
    let path = try makeTemporaryDirectory().appendingPathComponent("acled.yaml").path
    try "protests: null\n\"Strategic developments: Arrests\": detains\nBattles: opposes\n"
        .write(toFile: path, atomically: true, encoding: .utf8)
    var options = EventImportOptions(format: .acled)
    options.eventTypeMapping = ACLEDMapping.builtIn.overridden(by: try ACLEDMapping.read(path: path))
    let (graph, summary) = try importACLED(fixture("events/acled-sample.csv"), options)
    #expect(summary.unmappedCodes == ["Protests: Protest with intervention": 1])
    #expect(!graph.relations.contains { $0.kind == "clashes-with" && $0.target == "protesters-nigeria" })
    #expect(graph.relations.filter { $0.kind == "detains" }.map(describe)
        == ["police-forces-of-nigeria-2015-2023 detains protesters-nigeria 2023-02-06..2023-02-06 ×1"])
    // opposes is directed: the two battles of January go each their own way.
    #expect(graph.relations.filter { $0.kind == "opposes" }.map(\.source) == [military, boko, military])
    let detains = try #require(graph.declaredKinds.first { $0.id == "detains" })
    #expect((detains.directed, detains.tone, detains.goldstein) == (true, .neutral, 0))
}

@Test func acledMappingFileMistakesAreReportedAtTheirLines() throws {
    let path = try makeTemporaryDirectory().appendingPathComponent("acled.yaml").path
    try "Battles: fights\nBattle: fights\n\"Riots: \": opposes\nProtests: two words\n"
        .write(toFile: path, atomically: true, encoding: .utf8)
    let diagnostics = loadDiagnostics { _ = try ACLEDMapping.read(path: path) }
    let expectedKey = "expected an ACLED event type (Battles, Explosions/Remote violence, Violence against civilians, "
        + "Protests, Riots, Strategic developments), or one of them, a colon and a sub-event type in quotes, "
        + "like \"Strategic developments: Arrests\""
    #expect(diagnostics == [
        "\(path):2:1: error: \(expectedKey)",
        "\(path):3:1: error: \(expectedKey)",
        "\(path):4:11: error: a relation kind id is one word, like attacks",
    ])
}

/// The fixture's header and its records, each record with its line end.
private func sampleRecords() throws -> (header: String, records: [String]) {
    let text = try String(contentsOfFile: fixture("events/acled-sample.csv"), encoding: .utf8)
    let header = String(text.prefix { $0 != "\n" }) + "\n"
    let body = text.dropFirst(header.count)
    // Every record starts with its event id; the one line end inside quotes is followed by "Seven".
    let records = body.components(separatedBy: "\nNIG").enumerated().map { index, part in
        (index == 0 ? "" : "NIG") + part + (part.hasSuffix("\n") ? "" : "\n")
    }
    return (header, records)
}

@Test func acledErrorsNameTheirLineAndColumnAfterQuotedLineEnds() throws {
    let (header, records) = try sampleRecords()
    let directory = try makeTemporaryDirectory()
    // Records 1 to 4 take lines 2 to 6 (the fourth's notes hold a line end); line 7 gets a
    // date ACLED never writes, line 8 a fatality count that is not one.
    let badDate = records[4].replacingOccurrences(of: "25 January 2023", with: "25/01/2023")
    let badCount = records[5].replacingOccurrences(of: "Lagos.,0,", with: "Lagos.,two,")
    let path = directory.appendingPathComponent("bad.csv").path
    try (header + records[0..<4].joined() + badDate + badCount).write(toFile: path, atomically: true, encoding: .utf8)
    #expect(loadDiagnostics { _ = try importACLED(path) } == [
        "\(path):7:9: error: event_date '25/01/2023' is not a date; expected a day such as 15 January 2023 or 2023-01-15",
        "\(path):8:\(badCount.count - "two,,1675000000\n".count + 1): error: fatalities 'two' is not a count; expected a whole number, 0 or more",
    ])
    let noFatalities = directory.appendingPathComponent("no-fatalities.csv").path
    try (header.replacingOccurrences(of: "fatalities", with: "deaths") + records[0])
        .write(toFile: noFatalities, atomically: true, encoding: .utf8)
    let missing = loadDiagnostics { _ = try importACLED(noFatalities) }
    #expect(missing.count == 1)
    #expect(missing.first?.hasPrefix("\(noFatalities):1:1: error: the header names no 'fatalities' column") == true)
    let unclosed = directory.appendingPathComponent("unclosed.csv").path
    try (header + records[0] + records[1].replacingOccurrences(of: ",Boko Haram attacked", with: ",\"Boko Haram attacked"))
        .write(toFile: unclosed, atomically: true, encoding: .utf8)
    let open = loadDiagnostics { _ = try importACLED(unclosed) }
    #expect(open.count == 1)
    #expect(open.first?.contains("\(unclosed):3:") == true)
    #expect(open.first?.hasSuffix("error: a field opened with a double quote is not closed before the end of the input") == true)
}

@Test func acledFilesZippedSplitOrOnManyThreadsGiveTheSameGraph() throws {
    let (reference, _) = try importACLED()
    #expect(try importACLED(fixture("events/acled-sample.csv.zip")).graph.relations == reference.relations)
    // Two files, each with its header: what their concatenation gives.
    let (header, records) = try sampleRecords()
    let directory = try makeTemporaryDirectory()
    let first = directory.appendingPathComponent("first.csv").path
    let second = directory.appendingPathComponent("second.csv").path
    try (header + records[..<7].joined()).write(toFile: first, atomically: true, encoding: .utf8)
    try (header + records[7...].joined()).write(toFile: second, atomically: true, encoding: .utf8)
    let split = try EventImporter.importEvents(paths: [first, second], options: EventImportOptions(format: .acled))
    #expect(split.graph.relations == reference.relations)
    // Chunks as small as a record or two, cut only at line ends outside quotes.
    for (threads, chunkSize) in [(1, 400), (2, 400), (3, 1000), (4, 64 << 10)] {
        var options = EventImportOptions(format: .acled, threads: threads)
        options.chunkSize = chunkSize
        let (graph, summary) = try importACLED(fixture("events/acled-sample.csv"), options)
        #expect(graph.relations == reference.relations, "threads \(threads), chunk size \(chunkSize)")
        #expect(graph.sources == reference.sources, "threads \(threads), chunk size \(chunkSize)")
        #expect(summary.eventsRead == 15)
    }
}

@Test func acledFieldsThatAreNotUTF8AreRefusedAtTheirColumn() throws {
    let (header, records) = try sampleRecords()
    // "Daily Trust" with its a as Latin-1's é (0xE9), a byte UTF-8 never has alone.
    let text = header + records[0]
    let source = try #require(text.range(of: "Daily Trust"))
    var bytes = Array(text.utf8)
    bytes[text.utf8.distance(from: text.startIndex, to: source.lowerBound) + 1] = 0xE9
    let path = try makeTemporaryDirectory().appendingPathComponent("latin1.csv").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let column = records[0].distance(from: records[0].startIndex, to: try #require(records[0].range(of: "Daily Trust")).lowerBound) + 1
    #expect(loadDiagnostics { _ = try importACLED(path) } == [
        "\(path):2:\(column): error: the field holds bytes that are not UTF-8; ACLED exports are UTF-8 "
            + "(a file saved in another encoding converts with iconv -t UTF-8)",
    ])
}
