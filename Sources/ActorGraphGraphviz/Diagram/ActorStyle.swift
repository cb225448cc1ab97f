import ActorGraph

/// How an actor of a given kind is drawn: node shape, fill and outline colours.
///
/// The built-in kinds have fixed styles; kinds a file adds take the next free style of
/// ``extraStyles`` in the order ``DiagramStyles`` meets them, so a diagram is the same on
/// every run.
public struct ActorStyle: Hashable, Sendable {
    /// Graphviz shape name.
    public var shape: String
    /// Graphviz `style` of the node (always filled).
    public var style: String
    /// Fill colour.
    public var fillColor: String
    /// Outline colour.
    public var borderColor: String

    /// Creates a style.
    public init(shape: String, style: String = "filled", fillColor: String, borderColor: String) {
        self.shape = shape
        self.style = style
        self.fillColor = fillColor
        self.borderColor = borderColor
    }

    /// The styles of the built-in actor kinds.
    public static let builtIn: [String: ActorStyle] = [
        ActorKind.state: ActorStyle(shape: "box", fillColor: "#c6dbef", borderColor: "#3b6590"),
        ActorKind.armedGroup: ActorStyle(shape: "octagon", fillColor: "#fcbba1", borderColor: "#a63d24"),
        ActorKind.agency: ActorStyle(shape: "hexagon", fillColor: "#c7e9c0", borderColor: "#357a38"),
        ActorKind.organization: ActorStyle(shape: "box", style: "filled,rounded", fillColor: "#fdd0a2", borderColor: "#a35a1c"),
        ActorKind.person: ActorStyle(shape: "ellipse", fillColor: "#dadaeb", borderColor: "#5a518c"),
        ActorKind.facility: ActorStyle(shape: "house", fillColor: "#fff2ae", borderColor: "#8c7a1f"),
        ActorKind.region: ActorStyle(shape: "parallelogram", fillColor: "#e5f5e0", borderColor: "#5b7f52"),
        ActorKind.unspecified: plain,
    ]

    /// The style of actors created from bare ids (kind `actor`).
    public static let plain = ActorStyle(shape: "ellipse", fillColor: "#f0f0f0", borderColor: "#5f5f5f")

    /// Styles handed out, in order, to actor kinds a file adds.
    public static let extraStyles: [ActorStyle] = [
        ActorStyle(shape: "diamond", fillColor: "#e7d4e8", borderColor: "#76448a"),
        ActorStyle(shape: "trapezium", fillColor: "#d1e5f0", borderColor: "#2c6a8a"),
        ActorStyle(shape: "cylinder", fillColor: "#fee0b6", borderColor: "#9a6a1a"),
        ActorStyle(shape: "note", fillColor: "#d9f0d3", borderColor: "#3f7a3a"),
        ActorStyle(shape: "tab", fillColor: "#fde0ef", borderColor: "#9a3a6a"),
        ActorStyle(shape: "folder", fillColor: "#e0e0e0", borderColor: "#505050"),
        ActorStyle(shape: "invtriangle", fillColor: "#ffffcc", borderColor: "#7a7a2a"),
        ActorStyle(shape: "septagon", fillColor: "#ccebc5", borderColor: "#3a7a5a"),
    ]

    /// How actors not active on the drawn date look: their kind's shape, greyed and dashed.
    public func faded() -> ActorStyle {
        ActorStyle(shape: shape, style: style + ",dashed", fillColor: ActorStyle.fadedFill, borderColor: ActorStyle.fadedBorder)
    }

    /// Fill of faded actors.
    public static let fadedFill = "#f4f4f4"
    /// Outline of faded actors.
    public static let fadedBorder = "#b4b4b4"
    /// Text colour of faded actors.
    public static let fadedText = "#9a9a9a"
}
