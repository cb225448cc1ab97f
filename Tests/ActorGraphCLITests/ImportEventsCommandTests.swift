import Foundation
import Testing

private func sample(_ name: String) -> String { eventFixtures.appendingPathComponent(name).path }

@Test func standardInputAndGlobsAreReadLikeFiles() throws {
    let directory = try makeTemporaryDirectory()
    let fromFile = directory.appendingPathComponent("file.csv").path
    #expect(try runActorGraph(["import-events", sample("gdelt-sample.export.CSV"), "--format", "gdelt", "-o", fromFile]).status == 0)
    // Zipped bytes on standard input, recognized by their first bytes.
    let zipped = try Data(contentsOf: URL(fileURLWithPath: sample("gdelt-sample.export.CSV.zip")))
    let fromInput = directory.appendingPathComponent("stdin.csv").path
    let piped = try runActorGraph(["import-events", "-", "--format", "gdelt", "-o", fromInput], standardInput: zipped)
    #expect(piped.status == 0, "\(piped.standardError)")
    #expect(try String(contentsOfFile: fromInput, encoding: .utf8) == String(contentsOfFile: fromFile, encoding: .utf8))
    // A quoted glob, expanded by import-events in sorted order: the two compressed copies of
    // the sample give each event twice, so every relation counts double.
    let globbed = directory.appendingPathComponent("glob.yaml").path
    let glob = try runActorGraph(["import-events", eventFixtures.path + "/gdelt-sample.export.CSV.[gz][zi]*", "--format", "gdelt",
                                  "-o", globbed])
    #expect(glob.status == 0, "\(glob.standardError)")
    #expect(glob.standardError.contains("imported 18 of 26 events into 7 relations"))
    let none = try runActorGraph(["import-events", directory.path + "/nothing-*.CSV", "--format", "gdelt", "-o", globbed])
    #expect(none.status == 1)
    #expect(none.standardError.contains("nothing-*.CSV: error: no file matches this pattern"))
}

@Test func quietPrintsNothingAndAPipeGetsNoProgressLine() throws {
    let directory = try makeTemporaryDirectory()
    let output = directory.appendingPathComponent("events.csv").path
    let quiet = try runActorGraph(["import-events", sample("gdelt-sample.export.CSV"), "--format", "gdelt", "--quiet", "-o", output])
    #expect(quiet.status == 0)
    #expect(quiet.standardError.isEmpty)
    // Standard error is a pipe here, not a terminal: the summary lines, and no progress line.
    let plain = try runActorGraph(["import-events", sample("gdelt-sample.export.CSV"), "--format", "gdelt", "-o", output])
    #expect(plain.standardError.split(separator: "\n").count == 2)
    #expect(!plain.standardError.contains("\r"))
    let threads = try runActorGraph(["import-events", sample("gdelt-sample.export.CSV"), "--format", "gdelt", "--threads", "0",
                                     "-o", output])
    #expect(threads.status != 0)
    #expect(threads.standardError.contains("--threads must be from 1 to 256"))
}
