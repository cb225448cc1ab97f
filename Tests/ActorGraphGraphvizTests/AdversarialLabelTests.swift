import ActorGraph
import ActorGraphGraphviz
import Foundation
import Testing

/// Names and notes built to break DOT files: quotes, backslashes, line breaks, brackets,
/// arrows, HTML, comment markers, DOT keywords, other scripts and very long text.
@Suite("Adversarial labels")
struct AdversarialLabelTests {
    static let hostileTexts = [
        #"say "hi""#,
        #"back\slash"#,
        #"trailing backslash\"#,
        #"\"#,
        #"\\N \G \n escapes"#,
        "two\nlines",
        "crlf\r\nline",
        "tab\tand\u{7}bell",
        #"bracket] [color="red"]"#,
        #"arrow -> "x" -- y"#,
        "<b>bold</b> &amp; <table>",
        "AT&T &#945; &lt;",
        "<html-like>",
        "}; digraph injected { a -> b",
        "// comment /* block */ #hash",
        "node",
        "subgraph",
        "Москва и Ташкент",
        "طالبان",
        "北京 東京 🇺🇿🛩️",
        String(repeating: "very long name ", count: 400),
        "",
    ]

    /// `text` as an id: ids are one non-empty line (every loader refuses others), so line
    /// breaks become the two characters `\n`, which DOT must escape in turn; names and notes
    /// keep theirs.
    static func identifier(for text: String, index: Int) -> String {
        if text.isEmpty { return "empty-\(index)" }
        return text.replacingOccurrences(of: "\r\n", with: "\\n").replacingOccurrences(of: "\n", with: "\\n")
    }

    static func hostileGraph() throws -> TemporalGraph {
        let actors = hostileTexts.enumerated().map { index, text in
            Actor(id: identifier(for: text, index: index), name: text, kind: index % 3 == 0 ? "state" : "weird \"kind\"",
                  partOf: index > 0 && index % 5 == 0 ? hostileTexts[0] : nil, note: text)
        }
        var relations: [Relation] = []
        for index in 1..<actors.count {
            relations.append(Relation(id: "r\(index) \(identifier(for: hostileTexts[index], index: index))", kind: index % 2 == 0 ? "negotiates-with" : "supports",
                                      source: actors[index - 1].id, target: actors[index].id,
                                      start: DateExpression(PartialDate(year: 2001)!), note: hostileTexts[index], secret: index % 4 == 0))
        }
        return try TemporalGraph(title: #"Title with "quotes" and \ and <tags>"#, actors: actors, relations: relations)
    }

    @Test func graphvizParsesTheDOTWithTheSameNodesAndEdges() throws {
        let graph = try Self.hostileGraph()
        var options = DiagramOptions()
        options.edgeLabels = true
        let diagram = RelationDiagram(snapshot: graph.wholeGraph(), options: options)
        let parsed = try GraphvizRenderer.parse(diagram.dotText)
        let legendNodes = parsed.nodes.filter { $0.name.hasPrefix("legend-") }.count
        #expect(parsed.nodes.count - legendNodes == graph.actors.count)
        let partOfLinks = graph.actors.filter { $0.partOf != nil }.count
        #expect(parsed.edgeCount == graph.relations.count + partOfLinks + legendNodes / 2)
        #expect(parsed.subgraphNames == ["cluster_legend"])
    }

    @Test func renderedSVGShowsEveryNameExactlyAsGiven() throws {
        let graph = try Self.hostileGraph()
        let diagram = RelationDiagram(snapshot: graph.wholeGraph())
        let svg = try SVGDocument(data: diagram.render(as: .svg).data)
        let actorNodes = svg.nodes.filter { $0.id.hasPrefix("actor-") }
        #expect(actorNodes.count == graph.actors.count)
        for actor in graph.actors {
            // Control characters (tab, bell) are spaces in the DOT text.
            var svgID = "actor-"
            for scalar in actor.id.unicodeScalars {
                svgID += scalar.properties.generalCategory == .control ? " " : String(scalar)
            }
            let node = try #require(actorNodes.first { $0.id == svgID }, "no node for \(actor.id.debugDescription)")
            // Graphviz draws each label line as one text element. Read back, the lines must give the
            // name's own characters in order (spacing aside), cut with an ellipsis only when the
            // name is longer than 90 characters, and no line may be wider than 20 characters.
            let drawn = node.texts.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            let drawnCharacters = Self.visibleCharacters(drawn.joined())
            let nameCharacters = Self.visibleCharacters(actor.name)
            if actor.name.count <= 90 {
                #expect(drawnCharacters == nameCharacters, "\(actor.id.debugDescription) drawn as \(node.texts)")
            } else {
                #expect(drawnCharacters.last == "…" && nameCharacters.hasPrefix(String(drawnCharacters.dropLast())),
                        "\(actor.id.debugDescription) drawn as \(node.texts)")
                #expect(drawn.joined(separator: " ").count <= 90)
            }
            #expect(drawn.allSatisfy { $0.count <= 20 }, "\(actor.id.debugDescription) drawn as \(node.texts)")
        }
        #expect(svg.edges.filter { $0.id.hasPrefix("relation-") }.count == graph.relations.count)
        #expect(svg.allTexts.contains(#"Title with "quotes" and \ and <tags>"#))
    }

    /// The characters a reader sees in a label: everything but white space and control characters.
    static func visibleCharacters(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { scalar in
            !(scalar.properties.isWhitespace || scalar.properties.generalCategory == .control)
        }))
    }

    @Test func quotedStringsEscapeOnlyWhatDOTNeeds() {
        #expect(DOTString.quoted(#"a "b" \c"#) == #""a \"b\" \\c""#)
        #expect(DOTString.quoted("x\ny\r\nz") == #""x\ny\nz""#)
        #expect(DOTString.quoted("a\u{0}b\u{1B}c") == #""a b c""#)
        #expect(DOTString.quoted("AT&T &amp;") == #""AT&amp;T &amp;amp;""#)
        #expect(DOTString.quotedLeftJustified(["one", "t\"wo"]) == #""one\lt\"wo\l""#)
    }
}
