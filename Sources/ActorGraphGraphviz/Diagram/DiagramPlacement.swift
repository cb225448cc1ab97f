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

    /// Graphviz's warnings from both layouts.
    var warnings: [String] { content.warnings + (legend?.warnings ?? []) }
}
