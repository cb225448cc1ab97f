import ActorGraph

/// How a relation of a given kind is drawn: line pattern, width and arrowhead. The colour
/// comes from the kind's tone (``toneColors``); symmetric kinds never get an arrow.
///
/// The built-in kinds have fixed styles; kinds a file adds take the next free style of
/// ``extraDirected`` or ``extraSymmetric`` in the order the graph declares them.
public struct RelationStyle: Hashable, Sendable {
    /// Graphviz line style: `solid`, `dashed` or `dotted`.
    public var line: String
    /// Line width in points.
    public var width: Double
    /// Graphviz arrowhead name (`none` for symmetric kinds).
    public var arrowhead: String
    /// Drawn as two parallel lines (Graphviz's `color="c:invis:c"`).
    public var isDoubled: Bool

    /// Creates a style.
    public init(line: String, width: Double = 1.4, arrowhead: String, isDoubled: Bool = false) {
        self.line = line
        self.width = width
        self.arrowhead = arrowhead
        self.isDoubled = isDoubled
    }

    /// The line colour of each tone: blue for cooperation, grey for neutral contact, red for conflict.
    public static let toneColors: [Tone: String] = [
        .cooperative: "#2166ac",
        .neutral: "#6b6b6b",
        .conflictual: "#b2182b",
    ]

    /// The styles of the built-in relation kinds.
    public static let builtIn: [String: RelationStyle] = [
        "supports": RelationStyle(line: "solid", arrowhead: "normal"),
        "allows-basing": RelationStyle(line: "solid", width: 2.8, arrowhead: "box"),
        "negotiates-with": RelationStyle(line: "dashed", arrowhead: "none"),
        "agrees-with": RelationStyle(line: "solid", width: 2.8, arrowhead: "none"),
        "cooperates-with": RelationStyle(line: "solid", arrowhead: "none"),
        "consults": RelationStyle(line: "dashed", arrowhead: "vee"),
        "briefs": RelationStyle(line: "dotted", width: 1.8, arrowhead: "vee"),
        "denies-airspace": RelationStyle(line: "dashed", arrowhead: "tee"),
        "criticizes": RelationStyle(line: "dotted", width: 1.8, arrowhead: "empty"),
        "opposes": RelationStyle(line: "solid", arrowhead: "tee"),
        "fights": RelationStyle(line: "solid", width: 1.2, arrowhead: "none", isDoubled: true),
        "related-to": RelationStyle(line: "dotted", width: 1.8, arrowhead: "normal"),
    ]

    /// Styles handed out, in order, to directed kinds a file adds.
    public static let extraDirected: [RelationStyle] = [
        RelationStyle(line: "dashed", arrowhead: "normal"),
        RelationStyle(line: "dotted", width: 1.8, arrowhead: "odot"),
        RelationStyle(line: "solid", arrowhead: "crow"),
        RelationStyle(line: "dashed", arrowhead: "obox"),
        RelationStyle(line: "solid", arrowhead: "inv"),
        RelationStyle(line: "dotted", width: 1.8, arrowhead: "diamond"),
        RelationStyle(line: "dashed", width: 2.8, arrowhead: "vee"),
        RelationStyle(line: "solid", width: 2.8, arrowhead: "dot"),
    ]

    /// Styles handed out, in order, to symmetric kinds a file adds.
    public static let extraSymmetric: [RelationStyle] = [
        RelationStyle(line: "dotted", width: 1.8, arrowhead: "none"),
        RelationStyle(line: "dashed", width: 2.8, arrowhead: "none"),
        RelationStyle(line: "dashed", width: 1.2, arrowhead: "none", isDoubled: true),
        RelationStyle(line: "dotted", width: 1.2, arrowhead: "none", isDoubled: true),
    ]
}
