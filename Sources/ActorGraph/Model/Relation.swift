/// A relation of one kind between two actors over a period of time.
///
/// `start` and `end` are partial dates; nil or `..` leaves that side open. An event of a
/// single day has `start == end`.
///
/// ```swift
/// let basing = Relation(id: "uzbek-basing", kind: "allows-basing", source: "uzbekistan",
///                       target: "united-states", start: PartialDate(year: 2001, month: 9), end: nil)
/// ```
public struct Relation: Hashable, Sendable, Identifiable {
    /// Stable identifier: given in the file, or derived from the relation's position.
    public var id: String
    /// The ``RelationKind`` id.
    public var kind: String
    /// The actor the relation comes from (the host in `allows-basing`).
    public var source: String
    /// The actor the relation goes to.
    public var target: String
    /// When it began; nil when the file does not say.
    public var start: PartialDate?
    /// When it ended; nil when the file does not say (it still holds).
    public var end: PartialDate?
    /// Keys into the graph's ``TemporalGraph/sources``.
    public var citations: [String]
    /// Free text.
    public var note: String?
    /// True when the relation was kept from the public at the time.
    public var secret: Bool
    /// An explicit strength, used when an analysis asks for `weight`.
    public var weight: Double?

    /// Creates a relation.
    public init(id: String, kind: String, source: String, target: String,
                start: PartialDate? = nil, end: PartialDate? = nil, citations: [String] = [],
                note: String? = nil, secret: Bool = false, weight: Double? = nil) {
        self.id = id
        self.kind = kind
        self.source = source
        self.target = target
        self.start = start
        self.end = end
        self.citations = citations
        self.note = note
        self.secret = secret
        self.weight = weight
    }
}
