import Foundation
import Testing

@Test func renderSinceWritesBegunAndEndedClassesAndSaysTheLayout() throws {
    let directory = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("since.svg").path
    let result = try runActorGraph(["render", bundledGraphPath, "--at", "2001-09-22", "--since", "2001-09-17", "-o", path])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardError.contains("render: layout neato with splines=true"))
    let svg = try String(contentsOfFile: path, encoding: .utf8)
    #expect(svg.contains(#"class="edge began "#) && svg.contains(#"class="edge ended "#) && svg.contains(#"class="edge unchanged "#))
    #expect(svg.contains(#"class="node new""#))
    #expect(svg.contains("changes since 2001&#45;09&#45;17"))  // Graphviz writes hyphens as &#45;
}

@Test func renderOptionsThatCannotWorkAreRefusedWithoutWriting() throws {
    let directory = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("x.svg").path
    let since = try runActorGraph(["render", bundledGraphPath, "--from", "2001-09-01", "--to", "2001-09-30", "--since", "2001-09-17", "-o", path])
    #expect(since.status != 0 && since.standardError.contains("--since needs --at"))
    let around = try runActorGraph(["render", bundledGraphPath, "--at", "2001-09-22", "--around", "atlantis", "-o", path])
    #expect(around.status != 0 && around.standardError.contains("no actor 'atlantis'"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
}

@Test func renderAroundAnActorSaysSoInTheTitleAndEngineOverridesTheSizeRule() throws {
    let result = try runActorGraph(["render", bundledGraphPath, "--at", "2001-09-22", "--around", "russia", "--depth", "1",
                                    "--engine", "dot", "--splines", "ortho"])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains(#"2001-09-22, around Russia (1 step)""#))
    #expect(result.standardOutput.contains(#"layout="dot""#) && result.standardOutput.contains(#"splines="ortho""#))
    #expect(!result.standardOutput.contains(#""iran""#))
}

/// `--clusters communities` frames the day's blocs: every frame holds one community of two or
/// more actors that `communities` finds for the same day (its modularity tested against
/// NetworkX), and every such community has its frame.
@Test func renderClustersCommunitiesFramesTheDaysBlocs() throws {
    let found = try runActorGraph(["communities", bundledGraphPath, "--at", "2001-09-22", "--format", "json"])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(found.standardOutput.utf8)) as? [String: Any])
    let communities = Set(try #require(object["communities"] as? [[String]]).filter { $0.count > 1 }.map(Set.init))
    let result = try runActorGraph(["render", bundledGraphPath, "--at", "2001-09-22", "--clusters", "communities"])
    #expect(result.status == 0, "\(result.standardError)")
    // The DOT text: `subgraph "cluster_bloc NAME" {` opens a frame, its node lines follow, `}` closes it.
    var frames: [String: Set<String>] = [:]
    var open: String?
    for line in result.standardOutput.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
        if line.hasPrefix("subgraph \"cluster_bloc ") { open = String(line.dropFirst(23).dropLast(3)); frames[open!] = [] }
        else if line == "}" { open = nil }
        else if let name = open, line.hasPrefix("\""), let end = line.dropFirst().firstIndex(of: "\"") {
            frames[name]!.insert(String(line[line.index(after: line.startIndex)..<end]))
        }
    }
    #expect(Set(frames.values) == communities)
    #expect(frames.keys.contains("Russia's bloc"))
    let group = try runActorGraph(["render", bundledGraphPath, "--at", "2001-09-22", "--clusters", "group"])
    #expect(group.standardOutput.contains(#"subgraph "cluster_group central-asia" {"#))
}
