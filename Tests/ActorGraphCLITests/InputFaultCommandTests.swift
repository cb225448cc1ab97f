import Foundation
import Testing

@Test func aNegativeMergeGapIsReadAsTheOptionsValueAndRefused() throws {
    let directory = try makeTemporaryDirectory()
    let output = directory.appendingPathComponent("events.yaml").path
    let input = eventFixtures.appendingPathComponent("gdelt-sample.export.CSV").path
    let result = try runActorGraph(["import-events", input, "--format", "gdelt", "--merge-gap", "-5d", "-o", output])
    #expect(result.status == 64)
    // Not "Missing value": "-5d" is the value, and it is refused as one.
    #expect(result.standardError.hasPrefix("Error: The value '-5d' is invalid for '--merge-gap <gap>'\n"))
    #expect(!FileManager.default.fileExists(atPath: output))
}

@Test func reportRefusesMoreDatesThanItsCap() throws {
    let directory = try makeTemporaryDirectory()
    let output = directory.appendingPathComponent("report.md").path
    // Days 1 to 28 of each month from January 1990: 5,001 distinct dates.
    let dates = (0..<5_001).map { (index: Int) -> String in
        let year: Int = 1990 + index / 336
        let month: Int = 1 + (index / 28) % 12
        let day: Int = 1 + index % 28
        return String(format: "%04d-%02d-%02d", year, month, day)
    }
    #expect(Set(dates).count == 5_001)
    let refused = try runActorGraph(["report", bundledGraphPath, "--dates", dates.joined(separator: ","), "-o", output])
    #expect(refused.status == 64)
    #expect(refused.standardError.hasPrefix("Error: --dates gives 5001 dates; at most 5000\n"))
    #expect(!FileManager.default.fileExists(atPath: output))
    let accepted = try runActorGraph(["report", bundledGraphPath, "--dates", dates.prefix(3).joined(separator: ","), "-o", output])
    #expect(accepted.status == 0)
}

@Test func exploreRefusesToWriteItsPageOverItsInput() throws {
    let directory = try makeTemporaryDirectory()
    let graph = directory.appendingPathComponent("graph.yaml").path
    try FileManager.default.copyItem(atPath: bundledGraphPath, toPath: graph)
    let before = try Data(contentsOf: URL(fileURLWithPath: graph))
    let result = try runActorGraph(["explore", graph, "-o", graph])
    #expect(result.status == 1)
    #expect(result.standardError == "\(graph): error: the output is the input file; writing it would replace what is being "
        + "read (choose another output path)\n")
    #expect(try Data(contentsOf: URL(fileURLWithPath: graph)) == before)
}
