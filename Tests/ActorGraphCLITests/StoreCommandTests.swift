import Foundation
import Testing

@Suite("Commands on an SQLite store")
struct StoreCommandTests {
    /// The bundled graph converted to a store in a fresh directory.
    func bundledStore(_ purpose: String) throws -> String {
        let path = try makeTemporaryDirectory(purpose).appendingPathComponent("central-asia.sqlite").path
        let convert = try runActorGraph(["convert", bundledGraphPath, "-o", path])
        #expect(convert.status == 0, "\(convert.standardError)")
        return path
    }

    @Test("Each command that reads only some days prints on the store what it prints on the YAML file")
    func dayCommandsAgreeWithTheFile() throws {
        let store = try bundledStore("store-commands")
        let directory = URL(fileURLWithPath: store).deletingLastPathComponent()
        let commands: [[String]] = [
            ["snapshot", "FILE", "--at", "2001-09-22", "--format", "json"],
            ["snapshot", "FILE", "--from", "2001-10", "--to", "2001-12", "--certain", "--format", "csv"],
            ["render", "FILE", "--at", "2001-09-22", "--since", "2001-09-17", "--labels"],
            ["render", "FILE", "--at", "2001-10-15", "--around", "russia", "--depth", "1"],
            // An actor with no relation on the day is still known: the diagram is empty, not an error.
            ["render", "FILE", "--at", "1998-06-01", "--around", "united-states"],
            ["centrality", "FILE", "--at", "2001-09-17", "--measures", "degree,betweenness,pagerank", "--format", "json"],
            ["report", "FILE", "--dates", "2001-09-12,2001-09-22,2001-10-15", "--format", "json"],
            ["report", "FILE", "--from", "2001-09-10", "--to", "2001-10-31", "--every", "changes", "--format", "md"],
            ["changes", "FILE"],
            ["centrality", "FILE", "--measures", "degree", "--format", "csv"],
        ]
        for command in commands {
            let onFile = try runActorGraph(command.map { $0 == "FILE" ? bundledGraphPath : $0 })
            let onStore = try runActorGraph(command.map { $0 == "FILE" ? store : $0 })
            #expect(onFile.status == 0 && onStore.status == 0, "\(command): \(onStore.standardError)")
            #expect(!onStore.standardOutput.isEmpty)
            #expect(onStore.standardOutput == onFile.standardOutput, "\(command.joined(separator: " "))")
        }
        for (name, file) in [("from-file", bundledGraphPath), ("from-store", store)] {
            let timeline = try runActorGraph(["timeline", file, "--from", "2001-09-12", "--to", "2001-10-15", "--every", "1w",
                                              "-o", directory.appendingPathComponent(name).path])
            #expect(timeline.status == 0, "\(timeline.standardError)")
        }
        let fromFile = try String(contentsOf: directory.appendingPathComponent("from-file/index.html"), encoding: .utf8)
        let fromStore = try String(contentsOf: directory.appendingPathComponent("from-store/index.html"), encoding: .utf8)
        #expect(fromStore == fromFile)
    }

    @Test("YAML -> store -> YAML through convert gives the same text as YAML -> YAML")
    func convertRoundTrip() throws {
        let store = try bundledStore("store-convert")
        let directory = URL(fileURLWithPath: store).deletingLastPathComponent()
        let direct = directory.appendingPathComponent("direct.yaml").path
        let back = directory.appendingPathComponent("back.yaml").path
        #expect(try runActorGraph(["convert", bundledGraphPath, "-o", direct]).status == 0)
        #expect(try runActorGraph(["convert", store, "-o", back]).status == 0)
        #expect(try String(contentsOfFile: back, encoding: .utf8) == String(contentsOfFile: direct, encoding: .utf8))
        let again = try runActorGraph(["convert", store, "-o", store])
        #expect(again.status == 1 && again.standardError.contains("the output is the input file"))
    }

    @Test("A convert into a store killed in the middle of its write leaves the store as it was")
    func killedWriteLeavesTheStore() throws {
        let store = try bundledStore("store-killed")
        let directory = URL(fileURLWithPath: store).deletingLastPathComponent()
        let big = directory.appendingPathComponent("big.csv")
        var csv = "source,target,kind,start,end\n"
        for index in 0..<100_000 {
            let day = 10 + index % 19
            csv += "a\(index % 5_000),b\(index % 7_919),supports,2001-10-\(day),..\n"
        }
        try Data(csv.utf8).write(to: big)
        let wal = store + "-wal"
        let process = Process()
        process.executableURL = executableURL
        process.arguments = ["convert", big.path, "-o", store]
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The transaction writes pages into the WAL as it goes: kill it once they pile up.
        let killed = killOnceTheWriteAheadLogGrows(process, wal: wal, within: 120)
        #expect(killed, "the convert ended before it could be killed mid-write")
        #expect(process.terminationReason == .uncaughtSignal)
        let validate = try runActorGraph(["validate", store])
        #expect(validate.standardOutput.contains("22 actors, 39 relations, 1998-01-01 to 2001-12-31"), "\(validate.standardError)")
        let back = directory.appendingPathComponent("back.yaml").path
        let direct = directory.appendingPathComponent("direct.yaml").path
        #expect(try runActorGraph(["convert", store, "-o", back]).status == 0)
        #expect(try runActorGraph(["convert", bundledGraphPath, "-o", direct]).status == 0)
        #expect(try String(contentsOfFile: back, encoding: .utf8) == String(contentsOfFile: direct, encoding: .utf8))
    }
}
