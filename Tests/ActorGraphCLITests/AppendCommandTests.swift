import Foundation
import Testing

@Suite("import-events --append on a store")
struct AppendCommandTests {
    /// Two days of events: the talks of day 1 go on into day 2 (26 days later).
    func twoDays(_ purpose: String) throws -> (directory: URL, day1: String, day2: String) {
        let directory = try makeTemporaryDirectory(purpose)
        let day1 = try GDELTEventLine.write([
            GDELTEventLine(id: 1, day: "20010901", source: "USA", target: "UZB", code: "046"),
            GDELTEventLine(id: 2, day: "20010905", source: "UZB", target: "USA", code: "046"),
        ], named: "day1.export.CSV", in: directory)
        let day2 = try GDELTEventLine.write([
            GDELTEventLine(id: 3, day: "20011001", source: "USA", target: "UZB", code: "046"),
            GDELTEventLine(id: 4, day: "20011201", source: "RUS", target: "USA", code: "190"),
        ], named: "day2.export.CSV", in: directory)
        return (directory, day1, day2)
    }

    @Test("Importing day 1 and appending day 2 writes the store that importing both writes")
    func appendThroughTheCommand() throws {
        let (directory, day1, day2) = try twoDays("append-command")
        let store = directory.appendingPathComponent("store.sqlite").path
        let once = directory.appendingPathComponent("once.sqlite").path
        #expect(try runActorGraph(["import-events", day1, day2, "--format", "gdelt", "-o", once]).status == 0)
        #expect(try runActorGraph(["import-events", day1, "--format", "gdelt", "-o", store]).status == 0)
        let append = try runActorGraph(["import-events", day2, "--format", "gdelt", "--append", store])
        #expect(append.status == 0, "\(append.standardError)")
        #expect(append.standardError == "appended 2 of 2 events; the store holds 2 relations among 3 actors\n"
            + "wrote \(store): 3 actors, 2 relations\n")
        var texts: [String] = []
        for (name, path) in [("once", once), ("appended", store)] {
            let yaml = directory.appendingPathComponent("\(name).yaml").path
            #expect(try runActorGraph(["convert", path, "-o", yaml]).status == 0)
            texts.append(try String(contentsOfFile: yaml, encoding: .utf8))
        }
        #expect(texts[0] == texts[1])
        #expect(texts[1].contains("start: \"2001-09-01\"\n    end: \"2001-10-01\""))

        let gap = try runActorGraph(["import-events", day2, "--format", "gdelt", "--merge-gap", "7d", "--append", store])
        #expect(gap.status == 1)
        #expect(gap.standardError == "\(store): error: cannot append: the store was imported with merge gap 30d, these files "
            + "with 7d; append with the options the store was imported with\n")
        let converted = directory.appendingPathComponent("converted.sqlite").path
        #expect(try runActorGraph(["convert", bundledGraphPath, "-o", converted]).status == 0)
        let refused = try runActorGraph(["import-events", day2, "--format", "gdelt", "--append", converted])
        #expect(refused.status == 1 && refused.standardError.contains("holds no event import to append to"))
        let both = try runActorGraph(["import-events", day2, "--format", "gdelt", "--append", store, "-o", once])
        #expect(both.status != 0 && both.standardError.contains("give -o or --append, not both"))
        let notStore = try runActorGraph(["import-events", day2, "--format", "gdelt", "--append", "x.yaml"])
        #expect(notStore.status != 0 && notStore.standardError.contains("is not a store"))
    }

    @Test("An append killed in the middle of its transaction leaves the store reading exactly as before")
    func killedAppendLeavesTheStore() throws {
        let directory = try makeTemporaryDirectory("append-killed")
        // 60,000 pairs each day, so that the append rewrites enough to be caught mid-way.
        func events(day: String, firstID: Int) -> [GDELTEventLine] {
            (0..<60_000).map { GDELTEventLine(id: firstID + $0, day: day, source: "A\($0 % 300)", target: "B\($0 / 300)", code: "040") }
        }
        let day1 = try GDELTEventLine.write(events(day: "20150101", firstID: 1), named: "day1.export.CSV", in: directory)
        let day2 = try GDELTEventLine.write(events(day: "20150601", firstID: 100_001), named: "day2.export.CSV", in: directory)
        let store = directory.appendingPathComponent("store.sqlite").path
        #expect(try runActorGraph(["import-events", day1, "--format", "gdelt", "-o", store]).status == 0)
        // Every table, row by row, as plain sqlite3 prints it.
        func contents() throws -> String { try sqlite(store, ".dump") }
        let before = try contents()

        let process = Process()
        process.executableURL = executableURL
        process.arguments = ["import-events", day2, "--format", "gdelt", "--append", store]
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The transaction writes pages into the WAL as it goes: kill it once they pile up.
        let killed = killOnceTheWriteAheadLogGrows(process, wal: store + "-wal", within: 300)
        #expect(killed, "the append ended before it could be killed mid-write")
        #expect(process.terminationReason == .uncaughtSignal)
        let after = try contents()
        #expect(after == before)
        #expect(try sqlite(store, "SELECT count(*), sum(events), max(last_day) FROM import_runs") == "60000|60000|16436\n")
        #expect(before.contains("INSERT INTO metadata VALUES('title','GDELT events from day1.export.CSV');"))
        // The store takes the append once it is run to its end.
        let again = try runActorGraph(["import-events", day2, "--format", "gdelt", "--append", store])
        #expect(again.status == 0, "\(again.standardError)")
        #expect(try sqlite(store, "SELECT count(*) FROM relations") == "120000\n")
    }

    /// What plain `sqlite3` prints for `query` on the file at `path`.
    func sqlite(_ path: String, _ query: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [path, query]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text
    }
}
