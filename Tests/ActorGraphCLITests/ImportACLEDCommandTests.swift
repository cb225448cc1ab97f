import Foundation
import Testing

private let acledSample = eventFixtures.appendingPathComponent("acled-sample.csv").path

@Test func acledImportsSayWhatWasLeftOutAndReadStandardInput() throws {
    let directory = try makeTemporaryDirectory()
    let fromFile = directory.appendingPathComponent("file.yaml").path
    let run = try runActorGraph(["import-events", acledSample, "--format", "acled", "-o", fromFile])
    #expect(run.status == 0, "\(run.standardError)")
    // Fifteen events: three one-sided, one with the same actor on both sides (see ACLEDImportTests).
    #expect(run.standardError.contains("imported 11 of 15 events into 9 relations among 8 actors; "
        + "left out: 3 one-sided (no actor2); 1 with one actor on both sides"))
    let fromInput = directory.appendingPathComponent("stdin.yaml").path
    let piped = try runActorGraph(["import-events", "-", "--format", "acled", "-o", fromInput],
                                  standardInput: try Data(contentsOf: URL(fileURLWithPath: acledSample)))
    #expect(piped.status == 0, "\(piped.standardError)")
    #expect(try String(contentsOfFile: fromInput, encoding: .utf8).replacingOccurrences(of: "standard input", with: "acled-sample.csv")
        == String(contentsOfFile: fromFile, encoding: .utf8))
    // Every command reads the result.
    let snapshot = try runActorGraph(["snapshot", fromFile, "--at", "2023-01-10"])
    #expect(snapshot.status == 0, "\(snapshot.standardError)")
    #expect(snapshot.standardOutput.contains("attacks"))
}

@Test func acledOutputIsByteIdenticalForAnyThreadCount() throws {
    // About 6 MB, more than one 4 MB chunk: the fixture's records again and again, with
    // other ids, years and Boko Haram factions, so that chunks hold different runs.
    let text = try String(contentsOfFile: acledSample, encoding: .utf8)
    let header = String(text.prefix { $0 != "\n" }) + "\n"
    let records = text.dropFirst(header.count).components(separatedBy: "\nNIG").enumerated().map { index, part in
        (index == 0 ? "" : "NIG") + part + (part.hasSuffix("\n") ? "" : "\n")
    }
    var generated = header
    for number in 0..<16_000 {
        let record = records[number % records.count]
        generated += "NIG\(100_000 + number)" + record.dropFirst(7)
            .replacingOccurrences(of: "2023", with: "\(2000 + number / 800)")
            .replacingOccurrences(of: "Boko Haram - ", with: "Boko Haram \(number % 40) - ")
    }
    let directory = try makeTemporaryDirectory()
    let input = directory.appendingPathComponent("generated.csv").path
    try generated.write(toFile: input, atomically: true, encoding: .utf8)
    var outputs: [String] = []
    for threads in ["1", "2", "3"] {
        let output = directory.appendingPathComponent("threads-\(threads).yaml").path
        let run = try runActorGraph(["import-events", input, "--format", "acled", "--threads", threads, "--quiet", "-o", output])
        #expect(run.status == 0, "\(run.standardError)")
        outputs.append(try String(contentsOfFile: output, encoding: .utf8))
    }
    #expect(outputs[0].count > 100_000)
    #expect(outputs[1] == outputs[0])
    #expect(outputs[2] == outputs[0])
}

@Test func aBadACLEDFileWritesNothing() throws {
    let directory = try makeTemporaryDirectory()
    let input = directory.appendingPathComponent("bad.csv").path
    let text = try String(contentsOfFile: acledSample, encoding: .utf8)
    try text.replacingOccurrences(of: "15 March 2023", with: "March 2023").write(toFile: input, atomically: true, encoding: .utf8)
    let output = directory.appendingPathComponent("out.yaml").path
    let run = try runActorGraph(["import-events", input, "--format", "acled", "-o", output])
    #expect(run.status == 1)
    #expect(run.standardError.contains("\(input):4:9: error: event_date 'March 2023' is not a date"))
    #expect(!FileManager.default.fileExists(atPath: output))
}
