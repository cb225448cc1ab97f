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

@Test func aBillionLaughsFileIsRefusedAndTheLimitCanBeRaised() throws {
    let bomb = packageRoot.appendingPathComponent("Tests/ActorGraphInterchangeTests/Fixtures/hostile/billion-laughs.yaml").path
    let refused = try runActorGraph(["validate", bomb])
    #expect(refused.status == 1)
    #expect(refused.standardError == "\(bomb):6:10: error: aliases repeat more than 100000 nodes, the limit for one document\n1 error\n")
    let raised = try runActorGraph(["validate", bomb, "--max-aliased-nodes", "200000"])
    #expect(raised.standardError.hasPrefix("\(bomb):6:14: error: aliases repeat more than 200000 nodes"))
    let zero = try runActorGraph(["validate", bomb, "--max-nesting", "0"])
    #expect(zero.status == 64)
    #expect(zero.standardError.hasPrefix("Error: --max-nesting must be at least 1, not 0\n"))
}

@Test func aNameXMLCannotCarryIsRefusedNotReplaced() throws {
    let directory = try makeTemporaryDirectory()
    let graph = directory.appendingPathComponent("bell.yaml").path
    try "actors:\n  - {id: a, name: \"bell\\a\"}\n  - {id: b, name: \"tab\\tok\"}\nrelations: []\n"
        .write(toFile: graph, atomically: false, encoding: .utf8)
    for format in ["graphml", "gexf"] {
        let output = directory.appendingPathComponent("bell.\(format)").path
        let result = try runActorGraph(["convert", graph, "-o", output])
        #expect(result.status == 1)
        #expect(result.standardError == "\(output): error: \"bell\\u{7}\" holds U+0007, which XML 1.0 cannot carry; "
            + "GraphML and GEXF cannot keep it: write YAML, JSON or CSV, or remove it\n")
        #expect(!FileManager.default.fileExists(atPath: output))
    }
    let yaml = directory.appendingPathComponent("copy.yaml").path
    #expect(try runActorGraph(["convert", graph, "-o", yaml]).status == 0)
}
