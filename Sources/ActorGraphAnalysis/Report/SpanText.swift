import ActorGraph

/// How outputs name the day or window they look at.
package enum SpanText {
    /// `"at"` for a day, `"at": null` with `"from"` and `"to"` for a window, `"at": null` alone
    /// for the whole graph (nil).
    package static func jsonMembers(_ span: DaySpan?) -> [(String, JSONValue)] {
        guard let span else { return [("at", .null)] }
        if span.first == span.last { return [("at", .string(span.first.description))] }
        return [("at", .null), ("from", .string(span.first.description)), ("to", .string(span.last.description))]
    }

    /// " on 2001-09-22", " from 2001-09-01 to 2001-09-30", or "" for the whole graph.
    package static func phrase(_ span: DaySpan?) -> String {
        guard let span else { return "" }
        return span.first == span.last ? " on \(span.first)" : " from \(span.first) to \(span.last)"
    }
}
