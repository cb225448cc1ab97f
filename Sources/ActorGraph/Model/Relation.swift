/// A relation of one kind between two actors over a period of time.
///
/// `start` and `end` are date expressions as written: level-1 dates, ranges, or dates
/// relative to other relations (``DateExpression``); nil or `..` leaves that side open. An
/// event of a single day has `start == end`. The days a relative date stands for are solved
/// by the graph that holds the relation (``TemporalGraph/startRange(ofRelationAt:)``).
///
/// ```swift
/// let basing = Relation(id: "uzbek-basing", kind: "allows-basing", source: "uzbekistan",
///                       target: "united-states", start: DateExpression(PartialDate(year: 2001, month: 9)!))
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
    public var start: DateExpression?
    /// When it ended; nil when the file does not say (it still holds).
    public var end: DateExpression?
    /// Keys into the graph's ``TemporalGraph/sources``: the shorthand for ``evidence`` that
    /// names only the source.
    public var citations: [String]
    /// The sources, pages and quoted words the relation rests on.
    public var evidence: [Evidence]
    /// Free text.
    public var note: String?
    /// True when the relation was kept from the public at the time.
    public var secret: Bool
    /// When a secret relation stopped being secret (`secret: DATE` in a file); nil when it
    /// stayed secret, or was never secret.
    public var secretUntil: DateExpression?
    /// An explicit strength, used when an analysis asks for `weight`.
    public var weight: Double?

    /// Creates a relation.
    public init(id: String, kind: String, source: String, target: String,
                start: DateExpression? = nil, end: DateExpression? = nil, citations: [String] = [],
                evidence: [Evidence] = [], note: String? = nil, secret: Bool = false,
                secretUntil: DateExpression? = nil, weight: Double? = nil) {
        self.id = id
        self.kind = kind
        self.source = source
        self.target = target
        self.start = start
        self.end = end
        self.citations = citations
        self.evidence = evidence
        self.note = note
        self.secret = secret || secretUntil != nil
        self.secretUntil = secretUntil
        self.weight = weight
    }
}
