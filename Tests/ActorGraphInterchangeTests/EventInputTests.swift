import ActorGraph
import Foundation
import Testing
@testable import ActorGraphInterchange

// The compressed fixtures and the GDELT 1.0 ones hold the events of gdelt-sample.export.CSV,
// written by Python's gzip, zlib and zipfile (Scripts/generate-event-archive-fixtures.py).

private func importFixture(_ name: String, _ options: EventImportOptions = EventImportOptions(format: .gdelt)) throws
    -> TemporalGraph {
    try EventImporter.importEvents(path: fixture("events/\(name)"), options: options).graph
}

/// The graph's relations as text, with their citations and the references those stand for.
private func relationLines(_ graph: TemporalGraph) -> [String] {
    graph.relations.map { relation in
        "\(relation.id) ×\(Int(relation.weight ?? 0)) \(relation.note ?? "") "
            + relation.citations.map { "\($0)=\(graph.sources[$0] ?? "?")" }.joined(separator: " ")
    }
}

@Test func gzippedAndZippedFilesGiveThePlainFilesGraph() throws {
    let plain = relationLines(try importFixture("gdelt-sample.export.CSV"))
    #expect(plain.count == 7)
    for name in ["gdelt-sample.export.CSV.gz", "gdelt-sample-two-members.CSV.gz", "gdelt-sample.export.CSV.zip",
                 "gdelt-sample-stored.zip", "gdelt-sample-streamed.zip"] {
        #expect(relationLines(try importFixture(name)) == plain, "\(name)")
    }
}

@Test func aZipEntryThatCannotBeStreamedIsRefusedWithWhatToDo() {
    let path = fixture("events/gdelt-stored-streamed.zip")
    #expect(loadDiagnostics { _ = try EventImporter.importEvents(path: path, options: EventImportOptions(format: .gdelt)) }
        == ["\(path):1:1: error: the zip entry 'gdelt-sample.export.CSV' is stored with its size after its data, "
            + "which cannot be read as a stream; unzip it first"])
}

@Test func damagedArchivesAreErrorsNotGarbage() throws {
    let directory = try makeTemporaryDirectory()
    let gzip = try Data(contentsOf: URL(fileURLWithPath: fixture("events/gdelt-sample.export.CSV.gz")))
    let zip = try Data(contentsOf: URL(fileURLWithPath: fixture("events/gdelt-sample.export.CSV.zip")))
    var flipped = zip
    flipped[200] ^= 0xFF
    let cases: [(name: String, bytes: Data, message: String)] = [
        ("cut.CSV.gz", gzip.prefix(gzip.count / 2), "the gzip data ends early (is the file cut short?)"),
        ("cut.zip", zip.prefix(7), "the file ends inside a zip entry header (is it cut short?)"),
        ("cut-data.zip", zip.prefix(300), "the zip entry's compressed data ends early (is the archive cut short?)"),
        ("events.CSV.bz2", Data("BZh91AY&SY".utf8), "this is a bzip2 file; decompress it first (bunzip2)"),
    ]
    for item in cases {
        let path = directory.appendingPathComponent(item.name).path
        try item.bytes.write(to: URL(fileURLWithPath: path))
        let diagnostics = loadDiagnostics { _ = try EventImporter.importEvents(path: path, options: EventImportOptions(format: .gdelt)) }
        #expect(diagnostics.count == 1 && diagnostics[0].hasPrefix(path) && diagnostics[0].hasSuffix("error: \(item.message)"),
                "\(item.name): \(diagnostics)")
    }
    // Flipped bits inside deflated data: zlib's own complaint or the CRC-32 check, never a graph.
    let path = directory.appendingPathComponent("flipped.zip").path
    try flipped.write(to: URL(fileURLWithPath: path))
    let diagnostics = loadDiagnostics { _ = try EventImporter.importEvents(path: path, options: EventImportOptions(format: .gdelt)) }
    #expect(diagnostics.count == 1 && diagnostics[0].contains("damaged"), "\(diagnostics)")
}

@Test func gdelt1DailyFilesGiveTheSameRelations() throws {
    let version2 = try importFixture("gdelt-sample.export.CSV")
    let withURL = try importFixture("gdelt-v1-sample.CSV")
    #expect(relationLines(withURL) == relationLines(version2))
    // Without SOURCEURL (before April 2013) a citation stands for its event.
    let withoutURL = try importFixture("gdelt-v1-no-url.CSV")
    #expect(withoutURL.relations == version2.relations)
    #expect(withoutURL.sources["gdelt-1000000002"] == "GDELT event 1000000002")
}

@Test func severalFilesGiveWhatTheirConcatenationGives() throws {
    let sample = try String(contentsOfFile: fixture("events/gdelt-sample.export.CSV"), encoding: .utf8)
    let lines = sample.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { $0 + "\n" }
    let directory = try makeTemporaryDirectory()
    // Four pieces, the last without its final line end; one given gzipped.
    let pieces = [lines[0..<3], lines[3..<4], lines[4..<10], lines[10...]].map { $0.joined() }
    var paths: [String] = []
    for (index, piece) in pieces.enumerated() {
        let path = directory.appendingPathComponent("piece-\(index).export.CSV").path
        try (index == 3 ? String(piece.dropLast()) : piece).write(toFile: path, atomically: true, encoding: .utf8)
        paths.append(path)
    }
    let whole = directory.appendingPathComponent("whole.export.CSV").path
    try pieces.joined().write(toFile: whole, atomically: true, encoding: .utf8)
    let together = try EventImporter.importEvents(paths: paths, options: EventImportOptions(format: .gdelt))
    let concatenated = try EventImporter.importEvents(path: whole, options: EventImportOptions(format: .gdelt))
    #expect(together.graph.relations == concatenated.graph.relations)
    #expect(together.graph.sources == concatenated.graph.sources)
    #expect(together.graph.actors == concatenated.graph.actors)
    #expect(together.summary.eventsRead == 13)
    // An error names the piece and its own line.
    try "x\ty\n".write(toFile: paths[1], atomically: true, encoding: .utf8)
    let diagnostics = loadDiagnostics { _ = try EventImporter.importEvents(paths: paths, options: EventImportOptions(format: .gdelt)) }
    #expect(diagnostics.map { String($0.prefix(while: { $0 != " " })) } == ["\(paths[1]):1:1:"])
}

/// A GDELT file of `events` events among `actors` actors over a year, out of date order in
/// places, with a few same-day events of one pair, so that runs, citations and names meet
/// across chunk boundaries.
private func generatedEvents(events: Int, actors: Int) -> String {
    let template = (try? String(contentsOfFile: fixture("events/gdelt-sample.export.CSV"), encoding: .utf8))?
        .split(separator: "\n")[0].split(separator: "\t", omittingEmptySubsequences: false).map(String.init) ?? []
    let codes = ["046", "057", "064", "070", "111", "120", "190", "010", "0874"]
    var generator = SplitMix(seed: 11)
    var text = ""
    for index in 0..<events {
        var fields = template
        let day = Day(year: 2001, month: 1, day: 1)!.advanced(by: Int(generator.next() % 365))
        let (year, month, dayOfMonth) = day.components
        fields[0] = "\(1_000_000 + Int(generator.next() % 5000))"
        fields[1] = String(format: "%04d%02d%02d", year, month, dayOfMonth)
        let source = Int(generator.next() % UInt64(actors))
        let target = Int(generator.next() % UInt64(actors))
        fields[5] = "A\(source)"
        fields[6] = generator.next() % 5 == 0 ? "Other name \(source % 3)" : "Actor \(source)"
        fields[15] = target % 7 == 0 ? "" : "A\(target)"
        fields[16] = "Actor \(target)"
        fields[26] = codes[Int(generator.next() % UInt64(codes.count))]
        fields[30] = String(format: "%.1f", Double(Int(generator.next() % 201) - 100) / 10)
        fields[31] = "\(generator.next() % 50)"
        fields[60] = "https://news.example.org/\(index).html"
        text += fields.joined(separator: "\t") + (index % 97 == 0 ? "\r\n" : "\n")
    }
    return text
}

/// A small deterministic random generator (SplitMix64).
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

@Test func theGraphIsTheSameForAnyThreadCountAndChunkSize() throws {
    let path = try makeTemporaryDirectory().appendingPathComponent("generated.export.CSV").path
    try generatedEvents(events: 3000, actors: 40).write(toFile: path, atomically: true, encoding: .utf8)
    var reference: (relations: [Relation], sources: [String], actors: [Actor], summary: String)?
    for (threads, chunkSize) in [(1, 4 << 20), (1, 700), (2, 700), (4, 700), (2, 5000), (3, 64 << 10), (2, 64)] {
        var options = EventImportOptions(format: .gdelt, threads: threads)
        options.chunkSize = chunkSize
        let (graph, summary) = try EventImporter.importEvents(path: path, options: options)
        let result = (graph.relations, graph.sources.map { "\($0.key)=\($0.value)" }, graph.actors,
                      "\(summary.eventsRead) \(summary.eventsUsed) \(summary.withoutTwoActors) \(summary.unmappedCodesByFrequency)")
        if let reference {
            #expect(result.0 == reference.relations, "threads \(threads), chunk size \(chunkSize)")
            #expect(result.1 == reference.sources, "threads \(threads), chunk size \(chunkSize)")
            #expect(result.2 == reference.actors, "threads \(threads), chunk size \(chunkSize)")
            #expect(result.3 == reference.summary, "threads \(threads), chunk size \(chunkSize)")
        } else {
            reference = result
            #expect(summary.eventsRead == 3000)
            #expect(graph.relations.count > 500)
        }
    }
}
