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
        /// Every relation word.
        static let words = Set(allCases.map(\.rawValue))
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
    /// Parses one relative term, `offset` being where it starts in the whole expression.
    static func parse(_ text: Substring, offset: Int) throws(DateExpressionError) -> RelativeDate {
        // Tokens split at spaces and tabs, read as bytes (both are ASCII).
        var tokens: [(text: Substring, offset: Int)] = []
        let bytes = text.utf8
        var index = bytes.startIndex
        var byteOffset = offset
        func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        while index < bytes.endIndex {
            if isBlank(bytes[index]) {
                byteOffset += 1
                index = bytes.index(after: index)
                continue
            }
            let tokenStart = index
            let tokenOffset = byteOffset
            while index < bytes.endIndex, !isBlank(bytes[index]) {
                byteOffset += 1
                index = bytes.index(after: index)
            }
            let token = bytes[tokenStart..<index]
            tokens.append((Substring(token), tokenOffset))
        }
        var position = 0
        var limit: Limit?
        var limitOffset: Int?
        func readWithin() throws(DateExpressionError) {
            let keyword = tokens[position]
            guard position + 1 < tokens.count else {
                throw DateExpressionError(message: "'within' needs a duration (Nd, Nw, Nm) or a vague word", offset: keyword.offset)
            }
            let duration = tokens[position + 1]
            if limit != nil {
                throw DateExpressionError(message: "a relative date takes one limit; this is a second one",
                                          offset: keyword.offset)
            }
            if let distance = DateDistance(duration.text) {
                limit = .distance(distance)
            } else if Vagueness.isWord(duration.text) {
                limit = .word(String(duration.text))
            } else {
                throw DateExpressionError(
                    message: "'\(duration.text)' is not a duration; expected Nd, Nw or Nm (N a whole number) or a vague word",
                    offset: duration.offset)
            }
            limitOffset = duration.offset
            position += 2
        }
        let relations = Relation.writtenList
        if tokens[position].text == "within" { try readWithin() }
        if position < tokens.count, Relation(rawValue: String(tokens[position].text)) == nil {
            let word = tokens[position]
            guard Vagueness.isWord(word.text), position + 1 < tokens.count,
                  Relation(rawValue: String(tokens[position + 1].text)) != nil else {
                throw DateExpressionError(
                    message: "'\(word.text)' is neither a date nor a relative date; expected \(relations) followed by a relation id",
                    offset: word.offset)
            }
            if limit != nil {
                throw DateExpressionError(message: "a relative date takes one limit; '\(word.text)' is a second one",
                                          offset: word.offset)
            }
            limit = .word(String(word.text))
            limitOffset = word.offset
            position += 1
        }
        guard position < tokens.count, let relation = Relation(rawValue: String(tokens[position].text)) else {
            let last = tokens[min(position, tokens.count - 1)]
            throw DateExpressionError(message: "expected \(relations) after '\(last.text)'", offset: last.offset)
        }
        guard position + 1 < tokens.count else {
            throw DateExpressionError(message: "'\(relation.rawValue)' needs the id of a relation to anchor on",
                                      offset: tokens[position].offset)
        }
        let anchorToken = tokens[position + 1]
        position += 2
        var anchor = String(anchorToken.text)
        var anchorPoint: AnchorPoint?
        for point in [AnchorPoint.start, .end] where anchor.hasSuffix("." + point.rawValue) {
            anchor.removeLast(point.rawValue.count + 1)
            anchorPoint = point
        }
        if anchor.isEmpty {
            throw DateExpressionError(message: "'\(anchorToken.text)' names no relation", offset: anchorToken.offset)
        }
        if position < tokens.count, tokens[position].text == "within" { try readWithin() }
        if position < tokens.count {
            throw DateExpressionError(message: "unexpected '\(tokens[position].text)' after the anchor; combine terms with '&'",
                                      offset: tokens[position].offset)
        }
        return RelativeDate(relation: relation, anchor: anchor, anchorPoint: anchorPoint, limit: limit,
                            offset: tokens[0].offset, anchorOffset: anchorToken.offset, limitOffset: limitOffset)
    }
}
