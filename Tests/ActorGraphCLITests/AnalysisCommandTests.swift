import Foundation
import Testing

/// `actorgraph centrality` and `actorgraph report` as a user runs them. Expected values are
/// counted by hand from Graphs/central-asia-2001.yaml or from the small edge lists written here.
@Suite struct AnalysisCommandTests {
    @Test func centralityJSONHasTheDateAndOneObjectPerMeasure() throws {
        let result = try runActorGraph(["centrality", bundledGraphPath, "--at", "2001-09-17", "--undirected", "--raw",
                                        "--measures", "degree,betweenness,pagerank", "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(object["at"] as? String == "2001-09-17")
        let measures = try #require(object["measures"] as? [String: [String: Double]])
        #expect(Set(measures.keys) == ["degree", "betweenness", "pagerank"])
        // On 17 September Russia supports the Northern Alliance, may still oppose (it switches by
        // that day) and negotiates with the United States, and is criticized by Bush: three
        // distinct neighbours. Putin himself meets the five Central Asian states in Moscow, and
        // his call to Bush may already have happened: six.
        #expect(measures["degree"]?["russia"] == 3)
        #expect(measures["degree"]?["putin"] == 6)
        let pageRankTotal = measures["pagerank"]?.values.reduce(0, +) ?? 0
        #expect(abs(pageRankTotal - 1) < 1e-9)
    }

    @Test func centralityReadsACSVEdgeListWithItsWeightColumn() throws {
        let directory = try makeTemporaryDirectory()
        let file = directory.appendingPathComponent("edges.csv")
        // a-b twice (weights add up to 3), b-c, and a self-loop at c that counts twice.
        try "source,target,weight\na,b,1\nb,a,2\nb,c,4\nc,c,0.5\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try runActorGraph(["centrality", file.path, "--undirected", "--weight", "weight",
                                        "--measures", "strength,degree", "--format", "csv"])
        #expect(result.status == 0, "\(result.standardError)")
        let rows = result.standardOutput.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
        #expect(rows.first == ["actor", "name", "strength", "degree"])
        let strength = Dictionary(uniqueKeysWithValues: rows.dropFirst().map { ($0[0], Double($0[2]) ?? -1) })
        #expect(strength == ["a": 3, "b": 7, "c": 5])
    }

    @Test func reportWritesAnHTMLPageThatTellsTheStory() throws {
        let directory = try makeTemporaryDirectory()
        let page = directory.appendingPathComponent("report.html")
        let result = try runActorGraph(["report", bundledGraphPath, "--from", "2001-09-01", "--to", "2001-12-31",
                                        "--every", "changes", "--format", "html", "-o", page.path])
        #expect(result.status == 0, "\(result.standardError)")
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("Vladimir Putin gains brokerage"))
        #expect(html.contains("<time datetime=\"2001-09-22\">"))
    }

    @Test func reportTakesExplicitDatesInEveryFormat() throws {
        for format in ["md", "csv", "json"] {
            let result = try runActorGraph(["report", bundledGraphPath, "--dates", "2001-09-10,2001-09-17",
                                            "--measures", "betweenness", "--top", "3", "--format", format])
            #expect(result.status == 0, "\(format): \(result.standardError)")
            #expect(result.standardOutput.contains("2001-09-17"))
        }
    }

    @Test func badInputFailsWithAMessageAndNoOutputFile() throws {
        let directory = try makeTemporaryDirectory()
        let output = directory.appendingPathComponent("out.json")
        let unknown = try runActorGraph(["centrality", bundledGraphPath, "--measures", "degree,fame", "-o", output.path])
        #expect(unknown.status != 0)
        #expect(unknown.standardError.contains("The value 'degree,fame' is invalid for '--measures <list>'"))
        let missing = try runActorGraph(["centrality", directory.appendingPathComponent("none.yaml").path])
        #expect(missing.status != 0)
        #expect(missing.standardError.contains("none.yaml:1:1: error:"))
        let negative = directory.appendingPathComponent("negative.csv")
        try "source,target,weight\na,b,-1\n".write(to: negative, atomically: true, encoding: .utf8)
        let lengths = try runActorGraph(["centrality", negative.path, "--weight", "weight", "--measures", "betweenness",
                                         "-o", output.path])
        #expect(lengths.status != 0)
        #expect(lengths.standardError.contains("non-negative"))
        let noDates = try runActorGraph(["report", bundledGraphPath, "--from", "2001-09-01"])
        #expect(noDates.status != 0)
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
