import ActorGraph
import Foundation
import Testing
@testable import ActorGraphInterchange

/// The first row of the GDELT sample with field `column` (0-based, the codebook's order) replaced.
private func gdeltRow(replacing column: Int, with value: String) throws -> (path: String, fieldColumn: Int) {
    let sample = try String(contentsOfFile: fixture("events/gdelt-sample.export.CSV"), encoding: .utf8)
    var fields = sample.split(separator: "\n")[0].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    fields[column] = value
    let directory = try makeTemporaryDirectory()
    let path = directory.appendingPathComponent("row.export.CSV").path
    try (fields.joined(separator: "\t") + "\n").write(toFile: path, atomically: false, encoding: .utf8)
    let fieldColumn = fields[..<column].reduce(1) { $0 + $1.unicodeScalars.count + 1 }
    return (path, fieldColumn)
}

@Test func aMentionCountPastAnyRealOneIsRefusedAtItsColumnNotOverflowed() throws {
    // NumMentions is GDELT 2.0's field 32 (0-based 31).
    let row = try gdeltRow(replacing: 31, with: "9223372036854775807")
    #expect(loadDiagnostics { _ = try EventImporter.importEvents(path: row.path, options: EventImportOptions(format: .gdelt)) }
        == ["\(row.path):1:\(row.fieldColumn): error: NumMentions '9223372036854775807' is more than any real count "
            + "(at most 2147483647)"])
}

@Test func aGoldsteinScoreOffTheScaleIsRefusedAtItsColumn() throws {
    // GoldsteinScale is GDELT 2.0's field 31 (0-based 30).
    for value in ["1.7e308", "-10.5", "11"] {
        let row = try gdeltRow(replacing: 30, with: value)
        #expect(loadDiagnostics { _ = try EventImporter.importEvents(path: row.path, options: EventImportOptions(format: .gdelt)) }
            == ["\(row.path):1:\(row.fieldColumn): error: GoldsteinScale '\(value)' is outside the scale of -10 to 10"])
    }
    let edge = try gdeltRow(replacing: 30, with: "-10")
    #expect(loadDiagnostics { _ = try EventImporter.importEvents(path: edge.path, options: EventImportOptions(format: .gdelt)) } == [])
}

@Test func anICEWSIntensityOffTheScaleIsRefusedAtItsColumn() throws {
    let lines = try String(contentsOfFile: fixture("events/icews-sample.tab"), encoding: .utf8).split(separator: "\n")
    let header = lines[0].split(separator: "\t", omittingEmptySubsequences: false)
    var fields = lines[1].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    let intensity = try #require(header.firstIndex(of: "Intensity"))
    fields[intensity] = "-1e9"
    let directory = try makeTemporaryDirectory()
    let path = directory.appendingPathComponent("row.tab").path
    try ([String(lines[0]), fields.joined(separator: "\t")].joined(separator: "\n") + "\n")
        .write(toFile: path, atomically: false, encoding: .utf8)
    let column = fields[..<intensity].reduce(1) { $0 + $1.unicodeScalars.count + 1 }
    #expect(loadDiagnostics { _ = try EventImporter.importEvents(path: path, options: EventImportOptions(format: .icews)) }
        == ["\(path):2:\(column): error: Intensity '-1e9' is outside the scale of -10 to 10"])
}

@Test func anEventFileWithoutLineBreaksIsRefusedAtTheLineNotHeldWhole() throws {
    let directory = try makeTemporaryDirectory()
    let path = directory.appendingPathComponent("one-line.export.CSV").path
    let sample = try String(contentsOfFile: fixture("events/gdelt-sample.export.CSV"), encoding: .utf8)
    let firstLine = try #require(sample.split(separator: "\n").first)
    try (firstLine + "\n" + String(repeating: "x", count: 5_000)).write(toFile: path, atomically: false, encoding: .utf8)
    var options = EventImportOptions(format: .gdelt, threads: 1)
    options.chunkSize = 64
    options.maximumLineBytes = 2_000
    #expect(loadDiagnostics { _ = try EventImporter.importEvents(path: path, options: options) }
        == ["\(path):2:1: error: the line is over 2000 bytes long, the limit for one line"])
}
