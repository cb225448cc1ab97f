extension TemporalGraph {
    /// The dates of the relation at `position` as a reader of a diagram or page needs them:
    /// "2001-09-13", "2001-09-11 to 2001-09-30", "from 2001-10-07", "until 2001-12~", or nil
    /// when both ends are open. Each end is given as ``startText(ofRelationAt:)`` gives it.
    public func datesText(ofRelationAt position: Int) -> String? {
        switch (startText(ofRelationAt: position), endText(ofRelationAt: position)) {
        case let (start?, end?): return start == end ? start : "\(start) to \(end)"
        case let (start?, nil): return "from \(start)"
        case let (nil, end?): return "until \(end)"
        case (nil, nil): return nil
        }
    }

    /// The start of the relation at `position` for a reader, or nil when it is open.
    ///
    /// An absolute date is shown as written. A relative one ("soon after meeting") means
    /// nothing without its anchor, so it is shown as its solved days: the day itself when
    /// the solution fixes it, else the range as an EDTF set, `[2001-09-14..2001-09-20]`
    /// (`[2001-09-14..]` on or after, `[..2001-09-22]` on or before).
    public func startText(ofRelationAt position: Int) -> String? {
        Self.readerText(of: relations[position].start, solved: startRange(ofRelationAt: position))
    }

    /// The end of the relation at `position` for a reader, or nil when it is open (see
    /// ``startText(ofRelationAt:)``).
    public func endText(ofRelationAt position: Int) -> String? {
        Self.readerText(of: relations[position].end, solved: endRange(ofRelationAt: position))
    }

    private static func readerText(of expression: DateExpression?, solved: DaySpan) -> String? {
        guard let expression, !expression.isOpen else { return nil }
        guard expression.isRelative else { return expression.text }
        if solved.first == solved.last { return solved.first.description }
        let first = solved.first.isUnbounded ? "" : solved.first.description
        let last = solved.last.isUnbounded ? "" : solved.last.description
        return "[\(first)..\(last)]"
    }
}
