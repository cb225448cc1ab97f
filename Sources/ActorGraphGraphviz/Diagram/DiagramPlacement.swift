/// Where everything of a diagram goes: the content as an engine laid it out, and the legend
/// as `dot` laid it out, moved beside the content.
struct DiagramPlacement: Sendable {
    /// The laid-out actors and relations.
    var content: LaidOutGraph
    /// The laid-out legend, or nil when the diagram has none.
    var legend: LaidOutGraph?
    /// How far the legend moves from where its own layout put it.
    var legendOffset: LayoutPoint

    /// The space between the content and the legend, in points.
    static let gap = 28.0

    /// Places the legend to the right of the content, top edges aligned, or below it
    /// (left edges aligned) when the content is much wider than tall.
    init(content: LaidOutGraph, legend: LaidOutGraph?) {
        self.content = content
        self.legend = legend
        guard let legendBox = legend?.clusters[RelationDiagram.legendClusterName] ?? legend?.boundingBox else {
            legendOffset = LayoutPoint(x: 0, y: 0)
            return
        }
        let box = content.boundingBox
        if box.width > 1.8 * max(box.height, legendBox.height) {
            legendOffset = LayoutPoint(x: box.lower.x - legendBox.lower.x,
                                       y: box.lower.y - Self.gap - legendBox.upper.y)
        } else {
            legendOffset = LayoutPoint(x: box.upper.x + Self.gap - legendBox.lower.x,
                                       y: max(box.upper.y, legendBox.height) - legendBox.upper.y)
        }
    }

    /// The box around the content and the legend: every diagram drawn with this placement
    /// spans exactly this box (``RelationDiagram`` pins two invisible corner points to it),
    /// so that Graphviz's final translation, and with it every position in the output, is
    /// the same for all of them.
    var drawingBox: LayoutBox {
        var box = content.boundingBox
        if let legendBox = legend?.clusters[RelationDiagram.legendClusterName]?.moved(by: legendOffset) {
            box = LayoutBox(lower: LayoutPoint(x: min(box.lower.x, legendBox.lower.x), y: min(box.lower.y, legendBox.lower.y)),
                            upper: LayoutPoint(x: max(box.upper.x, legendBox.upper.x), y: max(box.upper.y, legendBox.upper.y)))
        }
        return box
    }

    /// Graphviz's warnings from both layouts.
    var warnings: [String] { content.warnings + (legend?.warnings ?? []) }
}
