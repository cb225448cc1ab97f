extension RelationDiagram {
    /// Lays the diagram out with its engine, places the legend beside it, and draws it.
    ///
    /// The content is laid out by ``layout``'s engine, the legend by `dot`; then every
    /// position is pinned and the whole is drawn with the `nop2` engine, so that the legend
    /// sits beside the drawing whatever the engine. `.dot` output is that pinned DOT:
    /// `neato -n2` (or any Graphviz tool, through its `layout` attribute) redraws it as is.
    ///
    /// - Throws: ``GraphvizError`` when Graphviz fails (an unknown engine, for instance).
    public func render(as format: RenderFormat) throws(GraphvizError) -> GraphvizRenderer.Output {
        let placement = try place()
        var output = try render(as: format, placement: placement)
        output.warnings = placement.warnings + output.warnings
        return output
    }

    /// Lays out the content with the diagram's engine and the legend with `dot`.
    func place() throws(GraphvizError) -> DiagramPlacement {
        let content = try GraphvizRenderer.layout(DOTWriter.text(of: contentGraph()), engine: layout.engine)
        var legendLayout: LaidOutGraph?
        if options.legend && !legend.rows.isEmpty {
            legendLayout = try GraphvizRenderer.layout(DOTWriter.text(of: legendLayoutGraph()), engine: .dot)
        }
        return DiagramPlacement(content: content, legend: legendLayout)
    }

    /// Draws the diagram with every position taken from `placement`.
    func render(as format: RenderFormat, placement: DiagramPlacement) throws(GraphvizError) -> GraphvizRenderer.Output {
        try GraphvizRenderer.render(DOTWriter.text(of: dotGraph(placement: placement)), engine: .pinned, format: format)
    }
}
