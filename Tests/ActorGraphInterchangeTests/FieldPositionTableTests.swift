import ActorGraph
import Testing
@testable import ActorGraphInterchange

private func located(_ text: String, _ line: Int, _ column: Int) -> LocatedText {
    LocatedText(text: text, position: SourcePosition(line: line, column: column))
}

@Test func aRecordedFieldIsFoundAtItsOwnPositionAndAnyOtherAtItsRow() {
    var table = FieldPositionTable()
    var first = LocatedValues()
    first["kind"] = located("allied-with", 5, 7)
    first["start"] = located("2001", 6, 7)
    table.append(row: SourcePosition(line: 4, column: 5), values: first)
    var second = LocatedValues()
    second["start"] = located("2002", 9, 11)
    table.append(row: SourcePosition(line: 8, column: 5), values: second)
    table.append(row: SourcePosition(line: 12, column: 3), values: LocatedValues())

    #expect(table.position(row: 0, field: "start") == SourcePosition(line: 6, column: 7))
    #expect(table.position(row: 0, field: "kind") == SourcePosition(line: 5, column: 7))
    #expect(table.position(row: 1, field: "start") == SourcePosition(line: 9, column: 11))
    // Row 1 has no kind: its own element's position, never row 0's kind.
    #expect(table.position(row: 1, field: "kind") == SourcePosition(line: 8, column: 5))
    #expect(table.recorded(row: 1, field: "kind") == nil)
    #expect(table.position(row: 2, field: "start") == SourcePosition(line: 12, column: 3))
    #expect(table.position(row: 2, field: "source") == SourcePosition(line: 12, column: 3))
    #expect(table.position(row: 3, field: "start") == SourcePosition(line: 1, column: 1))
}

@Test func settingALocatedValueAgainReplacesItAndNilRemovesIt() {
    var values = LocatedValues()
    values["label"] = located("a", 1, 1)
    values["note"] = located("b", 2, 1)
    values["label"] = located("c", 3, 1)
    #expect(values["label"]?.text == "c")
    #expect(values.entries.map(\.name) == ["label", "note"])
    values["label"] = nil
    #expect(values["label"] == nil)
    #expect(values.entries.map(\.name) == ["note"])
}

@Test func xmlAttributesAreFoundByTheirWholeQualifiedName() {
    var attributes = XMLAttributes(capacity: 2)
    attributes.append(name: "id", value: "e1")
    attributes.append(name: "xml:id", value: "other")
    #expect(attributes["id"] == "e1")
    #expect(attributes["xml:id"] == "other")
    #expect(attributes["i"] == nil)
    #expect(XMLAttributes()["id"] == nil)
}
