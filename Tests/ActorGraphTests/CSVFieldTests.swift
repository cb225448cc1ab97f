import Testing
@testable import ActorGraph

// Expected texts worked out by hand from RFC 4180: a field is quoted when it holds a comma,
// a quote or a line break (and, here, when it starts or ends with a space); quotes inside
// are doubled.

@Test func aPlainFieldIsWrittenAsItIs() {
    #expect(CSVField.escaped("gdelt-1000001110") == "gdelt-1000001110")
    #expect(CSVField.escaped("") == "")
    #expect(CSVField.escaped("Ürümqi") == "Ürümqi")
}

@Test func aFieldWithACommaOrALineBreakOrOuterSpacesIsQuoted() {
    #expect(CSVField.escaped("301 GDELT events, 9310 mentions") == "\"301 GDELT events, 9310 mentions\"")
    #expect(CSVField.escaped("first\nsecond") == "\"first\nsecond\"")
    #expect(CSVField.escaped("first\r\nsecond") == "\"first\r\nsecond\"")
    #expect(CSVField.escaped(" lead") == "\" lead\"")
    #expect(CSVField.escaped("trail ") == "\"trail \"")
    #expect(CSVField.escaped("inner space") == "inner space")
}

@Test func quotesInsideAFieldAreDoubled() {
    #expect(CSVField.escaped("said \"yes\"") == "\"said \"\"yes\"\"\"")
    #expect(CSVField.escaped("\"") == "\"\"\"\"")
    #expect(CSVField.escaped("Qaşqadaryo \"south\", Uzbekistan") == "\"Qaşqadaryo \"\"south\"\", Uzbekistan\"")
}

@Test func aRowJoinsItsFieldsWithCommasAndEndsWithANewline() {
    #expect(CSVField.row(["a", "b, c", "", "d\"e"]) == "a,\"b, c\",,\"d\"\"e\"\n")
    var text = "id\n"
    CSVField.appendRow(["x"], to: &text)
    CSVField.appendRow([], to: &text)
    #expect(text == "id\nx\n\n")
}

@Test func aWrittenEdgeListReadsBackItsQuotedFields() throws {
    // Notes and citations that need quoting survive the writer and the reader.
    let text = "source,target,kind,start,end,note,citations\n"
        + "a,b,supports,2001-09,2001-10,\"said \"\"yes\"\", then left\",\"[\"\"x;y\"\"]\"\n"
    let graph = try GraphLoader.load(bytes: Array(text.utf8), file: "e.csv", extension: "csv")
    let written = graph.wholeGraph().csvText()
    let again = try GraphLoader.load(bytes: Array(written.utf8), file: "w.csv", extension: "csv")
    #expect(again.relations.map(\.note) == ["said \"yes\", then left"])
    #expect(again.relations.map(\.citations) == [["x;y"]])
}
