/// A time point placed relative to a point of another relation: `after meeting`,
/// `by deal.start`, `soon after meeting`, `after meeting within 7d`.
///
/// | written             | this point P, anchor point A              |
/// |---------------------|-------------------------------------------|
/// | `after ID`          | A < P (the next day or later)             |
/// | `from ID`           | A <= P                                    |
/// | `before ID`         | P < A                                     |
/// | `by ID`             | P <= A                                    |
/// | `on ID`             | P = A                                     |
/// | `... within N`      | P and A are at most N days apart          |
/// | `WORD after ID`     | `after ID within` the duration of WORD    |
///
/// `after` and `from` anchor on the other relation's end, `before`, `by` and `on` on its
/// start; `ID.start` or `ID.end` chooses explicitly. `within` also reads before the
/// relation word: `within days after deal` is `after deal within` the duration of `days`.
public struct RelativeDate: Hashable, Sendable {
    /// How the point stands to its anchor.
    public enum Relation: String, Hashable, Sendable, CaseIterable {
        /// Strictly later: at least the next day.
        case after
        /// Strictly earlier: at least the day before.
        case before
        /// On or before.
        case by
        /// On or after.
        case from
        /// The same day.
        case on

        /// Every relation word, as messages list them: `after, before, by, from, on`.
        static let writtenList = allCases.map(\.rawValue).joined(separator: ", ")
    }

    /// Which end of the anchor relation.
    public enum AnchorPoint: String, Hashable, Sendable {
        /// When the anchor relation began.
        case start
        /// When the anchor relation ended.
        case end
    }

    /// How far from the anchor the point may lie.
    public enum Limit: Hashable, Sendable {
        /// A written duration: `within 7d`.
        case distance(DateDistance)
        /// A vague word, looked up in the ``Vagueness`` vocabulary: `soon`, `within days`.
        case word(String)
    }

    /// How the point stands to its anchor.
    public let relation: Relation
    /// The id of the relation anchored on.
    public let anchor: String
    /// The anchor's end as written, or nil for the default of ``relation``.
    public let writtenAnchorPoint: AnchorPoint?
    /// The longest distance from the anchor, or nil for none.
    public let limit: Limit?
    /// Byte offset of this term in the whole expression.
    public let offset: Int
    /// Byte offset of the anchor id in the whole expression.
    public let anchorOffset: Int
    /// Byte offset of the limit (the vague word or the duration) in the whole expression.
    public let limitOffset: Int?

    /// The anchor's end the term refers to: as written, else the end for `after` and `from`
    /// and the start for `before`, `by` and `on`.
    public var anchorPoint: AnchorPoint {
        writtenAnchorPoint ?? (relation == .after || relation == .from ? .end : .start)
    }

    /// The smallest and largest allowed value of P - A in days (nil: no limit on that side),
    /// with vague words read from `vagueness`; nil when a word is not in it.
    public func offsets(vagueness: Vagueness) -> (least: Int?, most: Int?)? {
        var distance: Int?
        switch limit {
        case nil: distance = nil
        case let .distance(.days(days)): distance = days
        case .distance(.unbounded): distance = nil
        case let .word(word):
            guard let found = vagueness[word] else { return nil }
            if case let .days(days) = found { distance = days }
        }
        switch relation {
        case .after: return (1, distance)
        case .from: return (0, distance)
        case .before: return (distance.map { -$0 }, -1)
        case .by: return (distance.map { -$0 }, 0)
        case .on: return distance.map { (-$0, $0) } ?? (0, 0)
        }
    }

    /// Creates a relative date.
    public init(relation: Relation, anchor: String, anchorPoint: AnchorPoint? = nil, limit: Limit? = nil,
                offset: Int = 0, anchorOffset: Int = 0, limitOffset: Int? = nil) {
        self.relation = relation
        self.anchor = anchor
        self.writtenAnchorPoint = anchorPoint
        self.limit = limit
        self.offset = offset
        self.anchorOffset = anchorOffset
        self.limitOffset = limitOffset
    }
}

extension RelativeDate {
    /// Parses one relative term, the bytes `range` of `text`; offsets are into the whole text.
    static func parse(_ text: DateText, _ range: Range<Int>) throws(DateExpressionError) -> RelativeDate {
        try withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: range.count / 2 + 1) { storage throws(DateExpressionError) in
            // Tokens split at spaces and tabs (both ASCII); at most one per two bytes.
            var tokenCount = 0
            var index = range.lowerBound
            func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
            while index < range.upperBound {
                if isBlank(text[index]) { index += 1; continue }
                let tokenStart = index
                while index < range.upperBound, !isBlank(text[index]) { index += 1 }
                storage[tokenCount] = tokenStart..<index
                tokenCount += 1
            }
            return try parse(text, tokens: UnsafeBufferPointer(rebasing: storage[0..<tokenCount]))
        }
    }

    /// Reads `[within LIMIT | WORD] RELATION ANCHOR [within LIMIT]` from the term's tokens.
    private static func parse(_ text: DateText, tokens: UnsafeBufferPointer<Range<Int>>) throws(DateExpressionError) -> RelativeDate {
        var position = 0
        var limit: Limit?
        var limitOffset: Int?
        func readWithin() throws(DateExpressionError) {
            let keyword = tokens[position]
            guard position + 1 < tokens.count else {
                throw DateExpressionError(message: "'within' needs a duration (Nd, Nw, Nm) or a vague word",
                                          offset: keyword.lowerBound)
            }
            let duration = tokens[position + 1]
            if limit != nil {
                throw DateExpressionError(message: "a relative date takes one limit; this is a second one",
                                          offset: keyword.lowerBound)
            }
            if let distance = DateDistance(utf8: text.slice(duration)) {
                limit = .distance(distance)
            } else if Vagueness.isWord(utf8: text.slice(duration)) {
                limit = .word(text.string(duration))
            } else {
                throw DateExpressionError(
                    message: "'\(text.string(duration))' is not a duration; expected Nd, Nw or Nm (N a whole number) or a vague word",
                    offset: duration.lowerBound)
            }
            limitOffset = duration.lowerBound
            position += 2
        }
        func relation(at position: Int) -> Relation? {
            Relation(utf8: text.slice(tokens[position]))
        }
        let relations = Relation.writtenList
        if text.part(tokens[position], is: "within") { try readWithin() }
        if position < tokens.count, relation(at: position) == nil {
            let word = tokens[position]
            guard Vagueness.isWord(utf8: text.slice(word)), position + 1 < tokens.count, relation(at: position + 1) != nil else {
                throw DateExpressionError(
                    message: "'\(text.string(word))' is neither a date nor a relative date; expected \(relations) followed by a relation id",
                    offset: word.lowerBound)
            }
            if limit != nil {
                throw DateExpressionError(message: "a relative date takes one limit; '\(text.string(word))' is a second one",
                                          offset: word.lowerBound)
            }
            limit = .word(text.string(word))
            limitOffset = word.lowerBound
            position += 1
        }
        guard position < tokens.count, let relation = relation(at: position) else {
            let last = tokens[min(position, tokens.count - 1)]
            throw DateExpressionError(message: "expected \(relations) after '\(text.string(last))'", offset: last.lowerBound)
        }
        guard position + 1 < tokens.count else {
            throw DateExpressionError(message: "'\(relation.rawValue)' needs the id of a relation to anchor on",
                                      offset: tokens[position].lowerBound)
        }
        let anchorToken = tokens[position + 1]
        position += 2
        // A final `.start` is taken off first, then a final `.end`.
        var anchor = anchorToken
        var anchorPoint: AnchorPoint?
        if text.part(anchor, endsWith: ".start") { anchor = anchor.dropLast(6); anchorPoint = .start }
        if text.part(anchor, endsWith: ".end") { anchor = anchor.dropLast(4); anchorPoint = .end }
        if anchor.isEmpty {
            throw DateExpressionError(message: "'\(text.string(anchorToken))' names no relation", offset: anchorToken.lowerBound)
        }
        if position < tokens.count, text.part(tokens[position], is: "within") { try readWithin() }
        if position < tokens.count {
            throw DateExpressionError(
                message: "unexpected '\(text.string(tokens[position]))' after the anchor; combine terms with '&'",
                offset: tokens[position].lowerBound)
        }
        return RelativeDate(relation: relation, anchor: text.string(anchor), anchorPoint: anchorPoint, limit: limit,
                            offset: tokens[0].lowerBound, anchorOffset: anchorToken.lowerBound, limitOffset: limitOffset)
    }
}

extension RelativeDate.Relation {
    /// The relation word the bytes spell, or nil.
    init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard let found = Self.allCases.first(where: { $0.rawValue.utf8.elementsEqual(bytes) }) else { return nil }
        self = found
    }
}
