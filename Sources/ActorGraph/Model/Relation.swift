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

    // Secrecy and weight are stored in eight bytes each, so that a relation takes no more
    // memory than one whose dates could only be plain days: secrecy as its end date, with a
    // marker for "secret, with no end", and the weight with a NaN pattern of its own for none.
    private var secrecy: DateExpression?
    private var weightBits: UInt64

    /// True when the relation was kept from the public at the time.
    public var secret: Bool {
        get { secrecy != nil }
        set {
            if !newValue { secrecy = nil } else if secrecy == nil { secrecy = .secretWithoutEnd }
        }
    }

    /// When a secret relation stopped being secret (`secret: DATE` in a file); nil when it
    /// stayed secret, or was never secret. Setting a date makes the relation secret; setting
    /// nil leaves a secret relation secret with no end.
    public var secretUntil: DateExpression? {
        get { secrecy == .secretWithoutEnd ? nil : secrecy }
        set { secrecy = newValue ?? (secrecy == nil ? nil : .secretWithoutEnd) }
    }

    /// An explicit strength, used when an analysis asks for `weight`.
    public var weight: Double? {
        get { weightBits == Self.noWeightBits ? nil : Double(bitPattern: weightBits) }
        set { weightBits = Self.bits(of: newValue) }
    }

    /// The NaN payload that stands for "no weight"; no arithmetic produces it.
    private static let noWeightBits: UInt64 = 0x7FF4_A0A0_0000_0001

    /// The stored bits of a weight: zero without its sign, so that equal weights compare equal.
    private static func bits(of weight: Double?) -> UInt64 {
        guard let weight else { return noWeightBits }
        return weight == 0 ? 0 : weight.bitPattern
    }

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
        self.secrecy = secretUntil ?? (secret ? .secretWithoutEnd : nil)
        self.weightBits = Self.bits(of: weight)
    }
}
