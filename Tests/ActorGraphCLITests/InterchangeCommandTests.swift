import Foundation
import Testing


@Test func everyCommandReadsEveryFormatConvertWrites() throws {
    let directory = try makeTemporaryDirectory()
    let expected = try runActorGraph(["snapshot", bundledGraphPath, "--at", "2001-09-30", "--format", "csv"])
    #expect(expected.status == 0)
    for format in ["yaml", "json", "csv", "graphml", "gexf", "sqlite"] {
        let path = directory.appendingPathComponent("graph.\(format)").path
        let convert = try runActorGraph(["convert", bundledGraphPath, "-o", path])
        #expect(convert.status == 0, "convert to .\(format): \(convert.standardError)")
        let snapshot = try runActorGraph(["snapshot", path, "--at", "2001-09-30", "--format", "csv"])
        #expect(snapshot.status == 0)
        #expect(snapshot.standardOutput == expected.standardOutput, "snapshot of .\(format)")
        let validate = try runActorGraph(["validate", path])
        #expect(validate.standardOutput.contains("22 actors, 39 relations, 1998-01-01 to 2001-12-31"))
    }
}

@Test func convertWritesASnapshotWhenGivenADate() throws {
    let directory = try makeTemporaryDirectory()
    let path = directory.appendingPathComponent("september-30.gexf").path
    let convert = try runActorGraph(["convert", bundledGraphPath, "--at", "2001-09-30", "-o", path])
    #expect(convert.status == 0)
    let expected = try runActorGraph(["snapshot", bundledGraphPath, "--at", "2001-09-30", "--format", "json"])
    let relationCount = expected.standardOutput.components(separatedBy: "\"directed\"").count - 1
    let validate = try runActorGraph(["validate", path])
    #expect(validate.standardOutput.contains(", \(relationCount) relations,"))
    #expect(try String(contentsOfFile: path, encoding: .utf8).contains("mode=\"dynamic\""))
}

@Test func convertRefusesAnUnknownFormatBeforeReading() throws {
    let result = try runActorGraph(["convert", bundledGraphPath, "-o", "graph.xlsx"])
    #expect(result.status != 0)
    #expect(result.standardError.contains("unknown format 'graph.xlsx'"))
}

@Test func importEventsWritesAGraphTheOtherCommandsRead() throws {
    let directory = try makeTemporaryDirectory()
    let output = directory.appendingPathComponent("events.yaml").path
    let result = try runActorGraph(["import-events", eventFixtures.appendingPathComponent("gdelt-sample.export.CSV").path,
                                    "--format", "gdelt", "--merge-gap", "2w", "-o", output])
    #expect(result.status == 0)
    #expect(result.standardError.contains("imported 9 of 13 events into 7 relations among 7 actors"))
    #expect(result.standardError.contains("2 with unmapped CAMEO codes (2 codes: 010 ×1, 020 ×1)"))
    let snapshot = try runActorGraph(["snapshot", output, "--at", "2001-09-22", "--format", "text"])
    #expect(snapshot.status == 0)
    #expect(snapshot.standardOutput.contains("usa -- uzb  negotiates-with  [2001-09-20 / 2001-09-25]"))
    #expect(snapshot.standardOutput.contains("rus -- usa  agrees-with  [2001-09-22 / 2001-09-22]"))
}

@Test func aFailedImportWritesNoOutput() throws {
    let directory = try makeTemporaryDirectory()
    let output = directory.appendingPathComponent("events.yaml").path
    let input = eventFixtures.appendingPathComponent("gdelt-wrong-columns.export.CSV").path
    let result = try runActorGraph(["import-events", input, "--format", "gdelt", "-o", output])
    #expect(result.status == 1)
    #expect(result.standardError.contains("\(input):2:1: error: found 60 tab-separated columns"))
    #expect(!FileManager.default.fileExists(atPath: output))
    let gap = try runActorGraph(["import-events", input, "--format", "gdelt", "--merge-gap", "1m", "-o", output])
    #expect(gap.status != 0)
    #expect(gap.standardError.contains("The value '1m' is invalid for '--merge-gap <gap>'"))
}

@Test func convertWritesDOTAsTheRelationshipDiagram() throws {
    let directory = try makeTemporaryDirectory()
    let path = directory.appendingPathComponent("graph.dot").path
    let result = try runActorGraph(["convert", bundledGraphPath, "-o", path])
    #expect(result.status == 0)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.hasPrefix("digraph"))
    #expect(text.contains("all dates"))
}

@Test func anOutputThatIsTheInputIsRefusedAndTheInputKept() throws {
    let directory = try makeTemporaryDirectory()
    let events = directory.appendingPathComponent("ev.CSV").path
    try FileManager.default.copyItem(atPath: packageRoot.appendingPathComponent(
        "Tests/ActorGraphInterchangeTests/Fixtures/events/gdelt-sample.export.CSV").path, toPath: events)
    let before = try Data(contentsOf: URL(fileURLWithPath: events))
    let same = try runActorGraph(["import-events", events, "--format", "gdelt", "-o", events])
    #expect(same.status == 1)
    #expect(same.standardError == "\(events): error: the output is the input file; writing it would replace what is being "
        + "read (choose another output path)\n")
    let link = directory.appendingPathComponent("events.csv").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: events)
    let linked = try runActorGraph(["import-events", events, "--format", "gdelt", "-o", link])
    #expect(linked.status == 1)
    #expect(linked.standardError.contains("the output is the same file as the input \(events)"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: events)) == before)
}

@Test func convertReplacesItsInputOnlyWhenToldAndNeverWithASelection() throws {
    let directory = try makeTemporaryDirectory()
    let graph = directory.appendingPathComponent("a.yaml").path
    try FileManager.default.copyItem(atPath: bundledGraphPath, toPath: graph)
    let before = try String(contentsOfFile: graph, encoding: .utf8)
    let refused = try runActorGraph(["convert", graph, "-o", graph])
    #expect(refused.status == 1)
    #expect(refused.standardError.hasSuffix("(give --overwrite to replace it)\n"))
    let snapshot = try runActorGraph(["convert", graph, "--at", "2001-09-12", "-o", graph, "--overwrite"])
    #expect(snapshot.status == 1)
    #expect(snapshot.standardError.hasSuffix("(a selection would replace the whole graph with part of it; write it elsewhere)\n"))
    #expect(try String(contentsOfFile: graph, encoding: .utf8) == before)
    let replaced = try runActorGraph(["convert", graph, "-o", graph, "--overwrite"])
    #expect(replaced.status == 0)
    #expect(try String(contentsOfFile: graph, encoding: .utf8) != before)
    let reloaded = try runActorGraph(["validate", graph])
    #expect(reloaded.status == 0)
    #expect(reloaded.standardOutput.contains("22 actors, 39 relations"))
}
