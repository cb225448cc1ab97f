import ActorGraph
import Foundation
import Testing
@testable import ActorGraphInterchange

// YAML, JSON and CSV files a user can be sent: each limit is refused at its position, before
// the reader does the work the file asks for.

/// The diagnostics of loading `text` as a file with extension `format`, within `limits`.
private func diagnostics(_ text: String, as format: InterchangeFormat, limits: ReadLimits = ReadLimits()) -> [String] {
    loadDiagnostics {
        _ = try InterchangeLoader.load(bytes: Array(text.utf8), file: "in.\(format.rawValue)", format: format, limits: limits)
    }
}

@Test func aBillionLaughsFileIsRefusedAtTheAliasPastTheBudget() {
    // 20 lines, 19 levels of 9 aliases: 9^19 "lol"s if expanded. Counted by hand: a0 is a
    // list of 10 nodes, a1 repeats it 9 times (90 nodes, 91 with its list), a2 819, a3 7,380,
    // a4 66,429: 74,718 repeated nodes when line 6 begins, and its first alias (column 10)
    // repeats a4's 66,430 more, past the budget of 100,000.
    let path = fixture("hostile/billion-laughs.yaml")
    #expect(loadDiagnostics { _ = try InterchangeLoader.load(path: path) }
        == ["\(path):6:10: error: aliases repeat more than 100000 nodes, the limit for one document"])
    // Raised to 200,000, the second alias of line 6 (column 14) goes past it.
    #expect(loadDiagnostics { _ = try InterchangeLoader.load(path: path, limits: ReadLimits(aliasedNodes: 200_000)) }
        == ["\(path):6:14: error: aliases repeat more than 200000 nodes, the limit for one document"])
}

@Test func aliasesWithinTheBudgetStillWork() throws {
    let text = """
        actors:
          - {id: a, aliases: &names [A, Alpha]}
          - {id: b, aliases: *names}
        relations: []
        """
    let graph = try InterchangeLoader.load(bytes: Array(text.utf8), file: "in.yaml", format: .yaml).graph
    #expect(graph.actors.map(\.aliases) == [["A", "Alpha"], ["A", "Alpha"]])
    #expect(diagnostics("actors: *missing\n", as: .yaml) == ["in.yaml:1:9: error: invalid YAML: found undefined alias *missing"])
}

@Test func deepNestingIsRefusedAtTheFirstLevelPastTheLimit() {
    let deep = String(repeating: "[", count: 100_000)
    #expect(diagnostics(deep, as: .yaml)
        == ["in.yaml:1:257: error: lists and mappings are nested more than 256 levels deep, the limit for one file"])
    #expect(diagnostics(deep, as: .json)
        == ["in.json:1:257: error: arrays and objects are nested more than 256 levels deep, the limit for one file"])
    // A block mapping nests by indentation; the limit counts levels, not characters.
    let block = (0..<5).map { String(repeating: "  ", count: $0) + "k\($0):" }.joined(separator: "\n") + " x\n"
    #expect(diagnostics(block, as: .yaml, limits: ReadLimits(nestingDepth: 3))
        == ["in.yaml:4:7: error: lists and mappings are nested more than 3 levels deep, the limit for one file"])
    // An alias counts the levels of what it repeats.
    let aliased = "a: &deep [[[x]]]\nb: [*deep]\n"
    #expect(diagnostics(aliased, as: .yaml, limits: ReadLimits(nestingDepth: 4))
        == ["in.yaml:2:5: error: lists and mappings are nested more than 4 levels deep, the limit for one file "
            + "with what alias *deep repeats"])
}

@Test func aValueLongerThanTheLimitIsRefusedWhereItStarts() {
    let limits = ReadLimits(valueBytes: 10)
    #expect(diagnostics("title: \"0123456789a\"\n", as: .yaml, limits: limits)
        == ["in.yaml:1:8: error: a scalar is 11 bytes long, over the limit of 10 bytes for one value"])
    #expect(diagnostics("{\"title\": \"0123456789a\"}", as: .json, limits: limits)
        == ["in.json:1:11: error: a string is 11 bytes long, over the limit of 10 bytes for one value"])
    #expect(diagnostics("[1, 12345678901]", as: .json, limits: limits)
        == ["in.json:1:5: error: a number is 11 bytes long, over the limit of 10 bytes for one value"])
    #expect(diagnostics("source,target\na,\"0123\n456789abcd\"\n", as: .csv, limits: ReadLimits(valueBytes: 13))
        == ["in.csv:2:3: error: a field is 15 bytes long, over the limit of 13 bytes for one value"])
    #expect(diagnostics("source,target\na,b\n", as: .csv, limits: limits)
        == ["in.csv:1:1: error: the record is over 10 bytes long, the limit for one value"])
    // A line of many short fields is as long as one long field.
    #expect(diagnostics("source,target\nabc,def,ghi,jkl,mno\n", as: .csv, limits: ReadLimits(valueBytes: 16))
        == ["in.csv:2:1: error: the record is over 16 bytes long, the limit for one value"])
    #expect(diagnostics("source,target\n" + String(repeating: ",", count: 70_000) + "\n", as: .csv)
        == ["in.csv:2:1: error: the record has more than 65536 fields"])
}

@Test func aRepeatedKeyIsReportedAtTheRepetitionInLongMappingsToo() {
    let keys = (0..<40).map { "k\($0): \($0)" }.joined(separator: "\n")
    #expect(diagnostics(keys + "\nk7: again\n", as: .yaml)
        == ["in.yaml:41:1: error: the key 'k7' is given twice in one mapping (first at 8:1)"])
}
