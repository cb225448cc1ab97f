import CGraphviz
import Foundation

/// Lays out and renders DOT text in-process through Graphviz's C library (libgvc), never by
/// running a program.
///
/// Every call goes through one process-wide gate, so the renderer may be used from any
/// thread. Graphviz's messages never reach standard error: errors are thrown as
/// ``GraphvizError`` and warnings returned with the output. Each call frees the graph, layout
/// and output buffer it made before it returns; one Graphviz context serves the whole
/// process (see ``GraphvizGate``).
///
/// ```swift
/// let svg = try GraphvizRenderer.render("digraph { a -> b }", engine: .dot, format: .svg).data
/// ```
public enum GraphvizRenderer {
    /// The output of a render and the warnings Graphviz gave while making it.
    public struct Output: Sendable {
        /// The rendered bytes (UTF-8 text for SVG and DOT).
        public var data: Data
        /// Graphviz's warnings, without the `Warning:` prefix.
        public var warnings: [String]
    }

    /// Lays out `dot` with `engine` and renders it as `format`.
    ///
    /// - Throws: ``GraphvizError`` with Graphviz's message when the text does not parse,
    ///   the engine or format is unknown, or the layout fails.
    public static func render(_ dot: String, engine: LayoutEngine = .dot, format: RenderFormat) throws(GraphvizError) -> Output {
        try GraphvizGate.run { messages throws(GraphvizError) in
            try withLaidOutGraph(dot, engine: engine, messages: &messages) { context, graph, messages throws(GraphvizError) in
                let data = try renderData(context: context, graph: graph, format: format, messages: &messages)
                return Output(data: data, warnings: messages.warnings)
            }
        }
    }

    /// Lays out `dot` with `engine` and reads back where Graphviz put every node, edge and cluster.
    ///
    /// Edges are recorded under their `id` attribute; edges without one are not recorded.
    public static func layout(_ dot: String, engine: LayoutEngine) throws(GraphvizError) -> LaidOutGraph {
        try GraphvizGate.run { messages throws(GraphvizError) in
            try withLaidOutGraph(dot, engine: engine, messages: &messages) { context, graph, messages throws(GraphvizError) in
                // Rendering as DOT is what writes `pos`, `bb`, `width` and `height` back into the graph.
                _ = try renderData(context: context, graph: graph, format: .dot, messages: &messages)
                return LaidOutGraph(reading: graph, warnings: messages.warnings)
            }
        }
    }

    /// Parses `dot` with Graphviz's own parser (`agmemread`) and describes what it read,
    /// without laying it out.
    public static func parse(_ dot: String) throws(GraphvizError) -> ParsedGraph {
        try GraphvizGate.run { messages throws(GraphvizError) in
            let graph = try read(dot, messages: &messages)
            defer { agclose(graph) }
            return ParsedGraph(reading: graph)
        }
    }

    // MARK: - Calls into libgvc, made only with the gate held

    private static func read(_ dot: String, messages: inout GraphvizMessages) throws(GraphvizError) -> UnsafeMutablePointer<Agraph_t> {
        if dot.utf8.contains(0) {
            throw GraphvizError(stage: .parse, message: "the DOT text contains a NUL character")
        }
        guard let graph = agmemread(dot) else {
            throw GraphvizError(stage: .parse, message: messages.errorText(or: "the DOT text could not be read"))
        }
        return graph
    }

    private static func withLaidOutGraph<Result>(
        _ dot: String, engine: LayoutEngine, messages: inout GraphvizMessages,
        _ body: (OpaquePointer, UnsafeMutablePointer<Agraph_t>, inout GraphvizMessages) throws(GraphvizError) -> Result
    ) throws(GraphvizError) -> Result {
        let context = try GraphvizGate.context(messages)
        func layOut(_ messages: inout GraphvizMessages) throws(GraphvizError) -> Result {
            let graph = try read(dot, messages: &messages)
            defer { agclose(graph) }
            let status = gvLayout(context, graph, engine.rawValue)
            defer { gvFreeLayout(context, graph) }
            if status != 0 {
                throw GraphvizError(stage: .layout, message: messages.errorText(or: "layout with '\(engine)' failed"))
            }
            return try body(context, graph, &messages)
        }
        // Same text, same bytes: see CreationOrderMemory for why malloc's addresses must not decide.
        guard CreationOrderMemory.canRead(dot) else { return try layOut(&messages) }
        return try CreationOrderMemory.withCreationOrder { () throws(GraphvizError) -> Result in try layOut(&messages) }
    }

    private static func renderData(context: OpaquePointer, graph: UnsafeMutablePointer<Agraph_t>, format: RenderFormat,
                                   messages: inout GraphvizMessages) throws(GraphvizError) -> Data {
        var buffer: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        let status = gvRenderData(context, graph, format.rawValue, &buffer, &length)
        defer { if let buffer { gvFreeRenderData(buffer) } }
        guard status == 0, let buffer else {
            throw GraphvizError(stage: .render, message: messages.errorText(or: "rendering as '\(format)' failed"))
        }
        return Data(bytes: buffer, count: Int(length))
    }
}
