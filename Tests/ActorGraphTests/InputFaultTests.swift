import Foundation
import Testing
@testable import ActorGraph

private func loadDiagnostics(_ bytes: [UInt8], as fileExtension: String) -> [String] {
    do {
        _ = try GraphLoader.load(bytes: bytes, file: "in.\(fileExtension)", extension: fileExtension)
        return []
    } catch {
        return error.diagnostics.map(\.description)
    }
}

@Test func csvBytesThatAreNotUTF8AreRefusedNotRepaired() {
    // Repaired to U+FFFD, these two ids would become one actor.
    let bytes = Array("source,target\nx".utf8) + [0xFF] + Array(",y\nx".utf8) + [0xFE] + Array(",y\n".utf8)
    #expect(loadDiagnostics(bytes, as: "csv")
        == ["in.csv:2:2: error: byte 0xFF is not UTF-8 text; the file must be UTF-8 (convert it first, e.g. with iconv)"])
    // An overlong form and a surrogate are not UTF-8 either.
    #expect(UTF8Validation.firstInvalidOffset(in: [0x61, 0xC0, 0xAF]) == 1)
    #expect(UTF8Validation.firstInvalidOffset(in: [0xED, 0xA0, 0x80]) == 0)
    #expect(UTF8Validation.firstInvalidOffset(in: Array("Käse €".utf8)) == nil)
}

@Test func anIdWithALineBreakIsRefusedByEveryLoader() {
    // The YAML schema refuses such ids, so a CSV that let one in wrote YAML it could not load.
    #expect(loadDiagnostics(Array("source,target\nc,\"a\nb\"\n".utf8), as: "csv")
        == [#"in.csv:2:3: error: 'target' "a\nb" holds a line break; an id is one line of text"#])
    #expect(loadDiagnostics(Array("id,source,target\n\"r\r1\",a,b\n".utf8), as: "csv")
        == [#"in.csv:2:1: error: 'id' "r\r1" holds a line break; an id is one line of text"#])
    #expect(loadDiagnostics(Array(#"{"actors": [{"id": "a\nb"}], "relations": []}"#.utf8), as: "json")
        == ["in.json:1:20: error: 'id' must be a non-empty identifier on one line"])
    #expect(loadDiagnostics(Array("actors:\n  - id: \"a\\u2028b\"\nrelations: []\n".utf8), as: "yaml")
        == ["in.yaml:2:9: error: 'id' must be a non-empty identifier on one line"])
    // A library caller's graph is held to the same rule.
    let problems = TemporalGraph.problems(sources: [:], kinds: [], actors: [Actor(id: ""), Actor(id: "x\u{85}y")], relations: [])
    #expect(problems.map(\.message) == ["actor id is empty", #"actor id "x\u{85}y" holds a line break; an id is one line of text"#])
    #expect(!IdentifierText.holdsLineBreak("tab\tand é € 🇺🇿"))
}

@Test func jsonBytesThatAreNotUTF8AreRefusedAtTheirPosition() {
    let bytes = Array("{\"actors\": [\n  {\"id\": \"a".utf8) + [0xC3, 0x28] + Array("\"}], \"relations\": []}".utf8)
    #expect(loadDiagnostics(bytes, as: "json")
        == ["in.json:2:12: error: byte 0xC3 is not UTF-8 text; the file must be UTF-8 (convert it first, e.g. with iconv)"])
}

@Test func aByteOrderMarkStartsYAMLAndJSONAsItStartsCSV() throws {
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    let yaml = try GraphLoader.load(bytes: bom + Array("title: T\nactors: [{id: a}]\nrelations: []\n".utf8),
                                    file: "bom.yaml", extension: "yaml")
    #expect(yaml.title == "T")
    let json = try GraphLoader.load(bytes: bom + Array(#"{"actors": [{"id": "a"}], "relations": []}"#.utf8),
                                    file: "bom.json", extension: "json")
    #expect(json.actors.map(\.id) == ["a"])
    #expect(loadDiagnostics(Array("title: T\nnote: x".utf8) + [0xFF], as: "yaml")
        == ["in.yaml:2:8: error: byte 0xFF is not UTF-8 text; the file must be UTF-8 (convert it first, e.g. with iconv)"])
}

@Test func theOpenEndSentinelsMakeAnOpenDateNotATrap() {
    #expect(PartialDate(Day.distantPast) == .open)
    #expect(PartialDate(Day.distantFuture) == .open)
    #expect(PartialDate(Day(number: Int32.max - 1)).description == "9999-12-31")
    #expect(PartialDate(Day(number: Int32.min + 1)).description == "0001-01-01")
}

@Test func dayZeroIsNamedAsSuch() {
    #expect(throws: PartialDateError(message: "impossible date '2001-09-00': there is no day 00", offset: 8)) {
        try PartialDate(parsing: "2001-09-00")
    }
    #expect(loadDiagnostics(Array("source,target,start\na,b,2001-09-00\n".utf8), as: "csv")
        == ["in.csv:2:13: error: 'start': impossible date '2001-09-00': there is no day 00"])
}

@Test func aRepeatedYAMLKeyIsReportedWhereItIsRepeated() {
    let block = "title: a\nactors:\n  - id: x\n    name: X\n    # a comment\n    name: Y\nrelations: []\n"
    #expect(diagnostics(loading: block, as: "yaml", file: "dup")
        == ["dup.yaml:6:5: error: the key 'name' is given twice in one mapping (first at 4:5)"])
    let top = "title: a\ntitle: b\nactors: []\nrelations: []\n"
    #expect(diagnostics(loading: top, as: "yaml", file: "dup")
        == ["dup.yaml:2:1: error: the key 'title' is given twice in one mapping (first at 1:1)"])
    let flow = "actors: [{id: x, name: X, name: Y}]\nrelations: []\n"
    #expect(diagnostics(loading: flow, as: "yaml", file: "dup")
        == ["dup.yaml:1:27: error: the key 'name' is given twice in one mapping (first at 1:18)"])
}
