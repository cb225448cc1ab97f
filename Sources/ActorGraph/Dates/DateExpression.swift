/// A relation's start, end or secrecy date as the file writes it: an absolute date, relative
/// dates anchored on other relations, or both joined with `&`.
///
/// ```
/// 2001-09-13                      a level-1 EDTF date (also 2001-09, 1998, 2001-09-13~, ..)
/// [2001-09-14..2001-09-20]        some day in the range (also [..b], [a..], 2001-09-1X, 199X)
/// after meeting                   the day after the meeting ends, or later
/// soon after meeting              after it, within the vague word's duration
/// by deal.start within 3d         on or before the deal starts, at most 3 days before
/// 2001-09 & after meeting         both: in September 2001 and after the meeting
/// ```
///
/// Plain level-1 dates, by far the most common, are stored inline without allocating; the
/// text of every other expression is kept as written, so that saving a graph writes back
/// what was read. The days a relative date stands for depend on the other relations and
/// are solved by ``TemporalGraph``.
public struct DateExpression: Hashable, Sendable, CustomStringConvertible {
    private enum Storage: Hashable, Sendable {
        case plain(PartialDate)
        case compound(CompoundDate)
    }

    private let storage: Storage

    /// The open end, written `..`.
    public static let open = DateExpression(PartialDate.open)

    /// What ``Relation`` stores for a relation that stayed secret with no end: a value no
    /// text parses to (month 13), never handed out.
    static let secretWithoutEnd = DateExpression(PartialDate(uncheckedYear: 0, month: 13, day: 0, qualifier: .none))

    /// A level-1 date.
    public init(_ date: PartialDate) {
        storage = .plain(date)
    }

    /// An expression built from its parts; `text` is how it is written.
    public init(text: String, absolute: DaySpan?, relativeDates: [RelativeDate]) {
        storage = .compound(CompoundDate(text: text, absolute: absolute, relativeDates: relativeDates))
    }

    /// The expression as written.
    public var text: String {
        switch storage {
        case let .plain(date): return date.description
        case let .compound(compound): return compound.text
        }
    }

    public var description: String { text }

    /// The level-1 date, when the expression is exactly one.
    public var partialDate: PartialDate? {
        if case let .plain(date) = storage { return date }
        return nil
    }

    /// The absolute bound on the point, or nil when the expression has none (open, or only
    /// relative terms).
    public var absolute: DaySpan? {
        switch storage {
        case let .plain(date): return date.isOpen ? nil : DaySpan(date)
        case let .compound(compound): return compound.absolute
        }
    }

    /// The relative terms, in the order written.
    public var relativeDates: [RelativeDate] {
        if case let .compound(compound) = storage { return compound.relativeDates }
        return []
    }

    /// Whether the expression places the point relative to another relation.
    public var isRelative: Bool {
        if case let .compound(compound) = storage { return !compound.relativeDates.isEmpty }
        return false
    }

    /// Whether the expression is the open end `..` (no bound at all).
    public var isOpen: Bool {
        if case let .plain(date) = storage { return date.isOpen }
        return false
    }

    /// Whether the expression names exactly one day, with no qualifier.
    public var isPlainDay: Bool {
        if case let .plain(date) = storage { return date.precision == .day && date.qualifier == .none }
        return false
    }

    /// The first day the absolute bound allows (``Day/distantPast`` without one); a relative
    /// date's solved days come from ``TemporalGraph``.
    public var earliestDay: Day { absolute?.first ?? .distantPast }

    /// The last day the absolute bound allows (``Day/distantFuture`` without one).
    public var latestDay: Day { absolute?.last ?? .distantFuture }
}

/// The parts of an expression that is not a plain level-1 date, shared by every copy.
private final class CompoundDate: Hashable, Sendable {
    let text: String
    let absolute: DaySpan?
    let relativeDates: [RelativeDate]

    init(text: String, absolute: DaySpan?, relativeDates: [RelativeDate]) {
        self.text = text
        self.absolute = absolute
        self.relativeDates = relativeDates
    }

    static func == (lhs: CompoundDate, rhs: CompoundDate) -> Bool {
        lhs === rhs || (lhs.text == rhs.text && lhs.absolute == rhs.absolute && lhs.relativeDates == rhs.relativeDates)
    }

    func hash(into hasher: inout Hasher) { hasher.combine(text) }
}

/// Why a text is not a date expression, and where in it.
public struct DateExpressionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong, fit for `file:line:column: error: ...`.
    public let message: String
    /// Offset in bytes from the start of the text to the problem.
    public let offset: Int

    /// Creates an error.
    public init(message: String, offset: Int) {
        self.message = message
        self.offset = offset
    }

    public var description: String { message }
}
