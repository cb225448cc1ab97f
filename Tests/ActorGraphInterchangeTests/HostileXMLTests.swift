import ActorGraph
import Foundation
import Testing
@testable import ActorGraphInterchange

// Files a user can be sent: each is refused at its position, and none may crash the reader.

/// The diagnostics of reading `text` as GraphML and as GEXF (the two share one XML reader).
private func diagnosticsOfBothFormats(_ bytes: [UInt8], limits: ReadLimits = ReadLimits()) -> [[String]] {
    [loadDiagnostics { _ = try GraphMLReader.read(bytes: bytes, file: "in.graphml", limits: limits) },
     loadDiagnostics { _ = try GEXFReader.read(bytes: bytes, file: "in.gexf", limits: limits) }]
}

@Test func anEmptyProcessingInstructionIsReadNotCrashedOn() throws {
    // The 48-byte file that crashed FoundationXML's parser with a segmentation fault.
    let bytes = Array("<?xml version=\"1.0\"?><graphml><?pi?></graphml>\n".utf8)
    #expect(loadDiagnostics { _ = try GraphMLReader.read(bytes: bytes, file: "pi.graphml") }
        == ["pi.graphml:1:22: error: the file holds no <graph> element"])
    let gexf = Array("<?xml version=\"1.0\"?><gexf><?pi?><graph><?pi?><nodes><node id=\"a\"/><?x?></nodes></graph></gexf>".utf8)
    #expect(try GEXFReader.read(bytes: gexf, file: "pi.gexf").graph.actors.map(\.id) == ["a"])
}

@Test func declaredEncodingsOtherThanUTF8AreRefusedAtTheDeclaration() {
    for encoding in ["UTF-32", "EBCDIC-US", "UTF-16", "ISO-2022-JP"] {
        let bytes = Array("<?xml version=\"1.0\" encoding=\"\(encoding)\"?><graphml/>".utf8)
        let message = "error: the file declares encoding '\(encoding)'; ActorGraph reads XML in UTF-8: convert it first "
            + "(iconv -f \(encoding) -t UTF-8) and change the declaration"
        #expect(diagnosticsOfBothFormats(bytes) == [["in.graphml:1:30: \(message)"], ["in.gexf:1:30: \(message)"]])
    }
    for encoding in ["UTF-8", "utf-8", "US-ASCII"] {
        let bytes = Array("<?xml version='1.0' encoding='\(encoding)'?><gexf><graph/></gexf>".utf8)
        #expect(loadDiagnostics { _ = try GEXFReader.read(bytes: bytes, file: "in.gexf") } == [])
    }
}

@Test func aTruncatedDeclarationIsRefused() {
    let utf7 = Array("<?xml version='1.0' encoding='utf7'".utf8) + [0]
    #expect(diagnosticsOfBothFormats(utf7).map(\.first) == [
        "in.graphml:1:30: error: the file declares encoding 'utf7'; ActorGraph reads XML in UTF-8: convert it first "
            + "(iconv -f utf7 -t UTF-8) and change the declaration",
        "in.gexf:1:30: error: the file declares encoding 'utf7'; ActorGraph reads XML in UTF-8: convert it first "
            + "(iconv -f utf7 -t UTF-8) and change the declaration",
    ])
    let unclosed = Array("<?xml version='1.0'".utf8) + [0]
    #expect(diagnosticsOfBothFormats(unclosed)
        == [["in.graphml:1:1: error: the XML declaration is not closed with '?>'"],
            ["in.gexf:1:1: error: the XML declaration is not closed with '?>'"]])
}

@Test func filesInUTF16OrUTF32AreRefusedWithTheirEncoding() throws {
    let text = "<?xml version=\"1.0\"?><graphml><graph/></graphml>"
    for (encoding, name) in [(String.Encoding.utf16, "UTF-16"), (.utf16LittleEndian, "UTF-16"), (.utf32, "UTF-32"),
                             (.utf32BigEndian, "UTF-32")] {
        let bytes = try #require(text.data(using: encoding)).map { $0 }
        #expect(loadDiagnostics { _ = try GraphMLReader.read(bytes: bytes, file: "in.graphml") }
            == ["in.graphml:1:1: error: the file is encoded in \(name); ActorGraph reads XML in UTF-8: convert it first "
                + "(iconv -f \(name) -t UTF-8)"])
    }
}

@Test func aUTF8ByteOrderMarkIsAccepted() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<graphml><graph><node id=\"a\"/></graph></graphml>".utf8)
    #expect(try GraphMLReader.read(bytes: bytes, file: "bom.graphml").graph.actors.map(\.id) == ["a"])
}

@Test func aNULByteIsRefused() {
    let bytes = Array("<?xml version=\"1.0\"?>\n".utf8) + [0] + Array("<graphml/>".utf8)
    #expect(loadDiagnostics { _ = try GraphMLReader.read(bytes: bytes, file: "nul.graphml") }
        == ["nul.graphml:2:1: error: a NUL byte: the file is not UTF-8 text"])
    let inside = Array("<graphml><graph>".utf8) + [0] + Array("</graph></graphml>".utf8)
    let diagnostics = loadDiagnostics { _ = try GraphMLReader.read(bytes: inside, file: "nul.graphml") }
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.hasPrefix("nul.graphml:1:17: error: malformed XML:") == true)
}

@Test func entityDeclarationsAreRefusedBeforeAnythingExpands() {
    let laughs = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [
          <!ENTITY lol "lol">
          <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
        ]>
        <graphml><graph><node id="&lol2;"/></graph></graphml>
        """
    let message = "error: a DOCTYPE with an internal subset ('[ ... ]') is not read: the entities it declares can expand "
        + "without bound, and GraphML and GEXF need none"
    #expect(diagnosticsOfBothFormats(Array(laughs.utf8)) == [["in.graphml:2:16: \(message)"], ["in.gexf:2:16: \(message)"]])
}

@Test func anExternalDTDIsNeitherFetchedNorUsed() {
    let graphML = """
        <?xml version="1.0"?>
        <!DOCTYPE graphml SYSTEM "http://graphml.graphdrawing.org/dtds/graphml.dtd">
        <graphml><graph><node id="a"/></graph></graphml>
        """
    #expect(loadDiagnostics { _ = try GraphMLReader.read(bytes: Array(graphML.utf8), file: "dtd.graphml") } == [])
    let entity = graphML.replacingOccurrences(of: "id=\"a\"", with: "id=\"&nbsp;\"")
    #expect(loadDiagnostics { _ = try GraphMLReader.read(bytes: Array(entity.utf8), file: "dtd.graphml") }
        == ["dtd.graphml:3:33: error: malformed XML: an undeclared entity; write '&amp;' for a literal '&'"])
}

@Test func anUnclosedElementIsNamed() {
    #expect(loadDiagnostics { _ = try GraphMLReader.read(bytes: Array("<a>".utf8), file: "bare.graphml") }
        == ["bare.graphml:1:1: error: expected a <graphml> root element, found <a>",
            "bare.graphml:1:4: error: malformed XML: the file ends before <a> (opened at 1:1) is closed"])
    let open = "<graphml>\n  <graph>\n    <node id=\"a\">\n"
    #expect(loadDiagnostics { _ = try GraphMLReader.read(bytes: Array(open.utf8), file: "open.graphml") }
        == ["open.graphml:3:18: error: malformed XML: the file ends before <graphml> (opened at 1:1) is closed"])
    let trailing = "<graphml><graph/></graphml>\n<graph/>"
    #expect(loadDiagnostics { _ = try GraphMLReader.read(bytes: Array(trailing.utf8), file: "two.graphml") }
        == ["two.graphml:2:1: error: malformed XML: text or markup follows the end of the root element"])
}

@Test func elementsAreFoundPastCommentsCDATAAndInstructionsOnOneLine() {
    // The <node> in the comment and the CDATA must not be taken for the start tags.
    let graphML = "<graphml><key id=\"k\" for=\"node\" attr.name=\"note\"/><graph><!-- <node id=\"x\"/> -->"
        + "<node id=\"a\"><data key=\"k\"><![CDATA[<node>]]></data></node><?x <node ?><node id=\"a\"/></graph></graphml>"
    #expect(loadDiagnostics { _ = try GraphMLReader.read(bytes: Array(graphML.utf8), file: "one.graphml") }
        == ["one.graphml:1:152: error: duplicate actor id 'a' (first declared as actor 1)"])
    let undeclared = graphML.replacingOccurrences(of: "key=\"k\"", with: "key=\"j\"")
    #expect(loadDiagnostics { _ = try GraphMLReader.read(bytes: Array(undeclared.utf8), file: "one.graphml") }
        == ["one.graphml:1:94: error: unknown key 'j'; a <key> with this id must be declared first (declared: k)"])
}

@Test func nestingPastTheLimitIsRefusedAtTheElementThatGoesTooDeep() {
    let deep = Array(("<graphml>\n" + String(repeating: "<desc>", count: 300) + String(repeating: "</desc>", count: 300)
        + "</graphml>").utf8)
    // Our limit below libxml2's: refused at the 51st element, column 1 + 6 * 49.
    #expect(loadDiagnostics { _ = try GraphMLReader.read(bytes: deep, file: "deep.graphml", limits: ReadLimits(nestingDepth: 50)) }
        == ["deep.graphml:2:295: error: elements are nested more than 50 levels deep, the limit for one file"])
    let atDefault = loadDiagnostics { _ = try GraphMLReader.read(bytes: deep, file: "deep.graphml") }
    #expect(atDefault.count == 1)
    #expect(atDefault.first?.hasPrefix("deep.graphml:2:") == true)
    #expect(atDefault.first?.hasSuffix("error: elements are nested more than 256 levels deep, the limit for one file") == true)
    // Raised past libxml2's default, the same file reads (and holds no graph).
    #expect(loadDiagnostics { _ = try GraphMLReader.read(bytes: deep, file: "deep.graphml", limits: ReadLimits(nestingDepth: 400)) }
        == ["deep.graphml:1:1: error: the file holds no <graph> element"])
}

@Test func aValueOverTheLimitIsRefusedAtItsElement() {
    let long = String(repeating: "x", count: 2_000)
    let attribute = Array("<graphml><graph>\n  <node id=\"\(long)\"/></graph></graphml>".utf8)
    #expect(loadDiagnostics { _ = try GraphMLReader.read(bytes: attribute, file: "v.graphml", limits: ReadLimits(valueBytes: 1_000)) }
        == ["v.graphml:2:3: error: attribute 'id' of <node> is 2000 bytes long, over the limit of 1000 bytes for one value"])
    let text = Array("<gexf><meta>\n<description>\(long)</description></meta></gexf>".utf8)
    #expect(loadDiagnostics { _ = try GEXFReader.read(bytes: text, file: "v.gexf", limits: ReadLimits(valueBytes: 1_000)) }
        == ["v.gexf:2:1: error: the text of <description> is 2000 bytes long, over the limit of 1000 bytes for one value"])
    // At the default, 10 MB (libxml2's own bound, too) stops the text at its element.
    let huge = Array(("<gexf><meta><description>" + String(repeating: "y", count: 10_000_100) + "</description></meta></gexf>").utf8)
    #expect(loadDiagnostics { _ = try GEXFReader.read(bytes: huge, file: "huge.gexf") }
        == ["huge.gexf:1:13: error: the text of <description> is 10000100 bytes long, over the limit of 10000000 bytes for one value"])
}
