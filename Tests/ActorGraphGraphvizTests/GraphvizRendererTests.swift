import ActorGraphGraphviz
import Foundation
import Testing

@Suite("GraphvizRenderer")
struct GraphvizRendererTests {
    let simple = #"digraph "g" { "a" -> "b" [id="ab"]; "b" -> "c" [id="bc"]; }"#

    @Test func pngOutputStartsWithThePNGSignature() throws {
        let data = try GraphvizRenderer.render(simple, engine: .dot, format: .png).data
        #expect(Array(data.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    }

    @Test func pdfOutputStartsWithThePDFHeader() throws {
        let data = try GraphvizRenderer.render(simple, engine: .dot, format: .pdf).data
        #expect(String(decoding: data.prefix(5), as: UTF8.self) == "%PDF-")
        #expect(String(decoding: data.suffix(8), as: UTF8.self).contains("%%EOF"))
    }

    @Test(arguments: LayoutEngine.diagramEngines)
    func everyDiagramEngineRendersSVG(engine: LayoutEngine) throws {
        let output = try GraphvizRenderer.render(simple, engine: engine, format: .svg)
        let svg = try SVGDocument(data: output.data)
        #expect(svg.nodeTitles.sorted() == ["a", "b", "c"])
    }

    /// Clustered DOT from any source, in every engine, laid out twice in one process: the same
    /// bytes each time (cgraph allocates in creation order), and nodes named with a leading `%`
    /// (which cgraph frees its own way) render rather than abort the process.
    @Test(arguments: LayoutEngine.diagramEngines)
    func clusteredDOTRendersTheSameTwiceAndSurvivesPercentNames(engine: LayoutEngine) throws {
        let clustered = #"graph "g" { subgraph "cluster_1" { "a" -- "b" } subgraph "cluster_2" { "c" -- "d" } "b" -- "c"; "a" -- "d" }"#
        let first = try GraphvizRenderer.render(clustered, engine: engine, format: .svg).data
        #expect(try GraphvizRenderer.render(clustered, engine: engine, format: .svg).data == first)
        let percent = #"graph "g" { subgraph "cluster_1" { "%a" -- "%b" } "%b" -- "c" }"#
        let svg = try SVGDocument(data: GraphvizRenderer.render(percent, engine: engine, format: .svg).data)
        #expect(svg.nodeTitles.count == 3)
    }

    @Test func anUnknownEngineIsAGraphvizLayoutErrorNamingTheEngines() {
        #expect {
            _ = try GraphvizRenderer.render(simple, engine: LayoutEngine(rawValue: "bogus"), format: .svg)
        } throws: { error in
            guard let error = error as? GraphvizError else { return false }
            return error.stage == .layout && error.message.contains(#"Layout type: "bogus" not recognized"#)
                && error.message.contains("neato")
        }
    }

    @Test func anUnknownFormatIsAGraphvizRenderError() {
        #expect {
            _ = try GraphvizRenderer.render(simple, engine: .dot, format: RenderFormat(rawValue: "bogus"))
        } throws: { error in
            guard let error = error as? GraphvizError else { return false }
            return error.stage == .render && error.message.contains("bogus") && error.message.contains("unavailable")
        }
    }

    @Test func aSyntaxErrorIsAGraphvizParseErrorAndTheNextCallStillWorks() throws {
        #expect {
            _ = try GraphvizRenderer.render("digraph { a -> }", format: .svg)
        } throws: { error in
            guard let error = error as? GraphvizError else { return false }
            return error.stage == .parse && error.message.contains("syntax error")
        }
        let parsed = try GraphvizRenderer.parse(simple)
        #expect(parsed.nodes.map(\.name) == ["a", "b", "c"])
        #expect(parsed.edgeCount == 2)
    }

    @Test func graphvizMessagesDoNotReachStandardError() throws {
        let written = try StandardErrorCapture.capture {
            _ = try? GraphvizRenderer.render("digraph { a -> }", format: .svg)
            _ = try? GraphvizRenderer.render(simple, engine: LayoutEngine(rawValue: "bogus"), format: .svg)
        }
        #expect(written.isEmpty, "stderr got: \(written)")
    }

    @Test func layoutReadsBackEveryNodeAndEdgeWithItsID() throws {
        let layout = try GraphvizRenderer.layout(simple, engine: .dot)
        #expect(Set(layout.nodes.keys) == ["a", "b", "c"])
        #expect(Set(layout.edges.keys) == ["ab", "bc"])
        // dot ranks top-down: a above b above c.
        let a = try #require(layout.nodes["a"]), b = try #require(layout.nodes["b"]), c = try #require(layout.nodes["c"])
        #expect(a.center.y > b.center.y && b.center.y > c.center.y)
        #expect(layout.boundingBox.width > 0 && layout.boundingBox.height > 0)
        #expect(layout.edges["ab"]?.path.pieces.first?.end != nil)
    }

    @Test func concurrentRendersAreSerializedAndAllSucceed() async throws {
        let counts = try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<8 {
                group.addTask {
                    let dot = "digraph { n\(index) -> m\(index) }"
                    return try SVGDocument(data: GraphvizRenderer.render(dot, engine: .neato, format: .svg).data).nodeTitles.count
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(counts == Array(repeating: 2, count: 8))
    }
}
