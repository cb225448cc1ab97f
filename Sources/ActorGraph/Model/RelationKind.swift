/// A type of relation: what "supports" or "allows-basing" means, whether it has a direction,
/// its tone, and its place in the CAMEO event taxonomy.
///
/// ```swift
/// let basing = RelationKind.builtIn["allows-basing"]!   // host -> guest, CAMEO 062, Goldstein 7.4
/// ```
public struct RelationKind: Hashable, Sendable, Identifiable {
    /// Identifier used in files, kebab-case: `allows-basing`.
    public var id: String
    /// Human-readable label: "allows basing".
    public var label: String
    /// True when the relation runs from source to target; false for symmetric relations
    /// such as negotiations, where source and target play the same part.
    public var directed: Bool
    /// Cooperative, neutral or conflictual.
    public var tone: Tone
    /// The CAMEO event code (`062`), or nil when the kind has none.
    public var cameoCode: String?
    /// The Goldstein scale weight, from -10 (most conflictual) to +10 (most cooperative).
    public var goldstein: Double

    /// Creates a relation kind.
    public init(id: String, label: String? = nil, directed: Bool = true, tone: Tone,
                cameoCode: String? = nil, goldstein: Double) {
        self.id = id
        self.label = label ?? id.replacingOccurrences(of: "-", with: " ")
        self.directed = directed
        self.tone = tone
        self.cameoCode = cameoCode
        self.goldstein = goldstein
    }
}
