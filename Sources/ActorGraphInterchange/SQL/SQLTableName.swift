/// The name of the table or view an emitted query reads: words of ASCII letters, digits and
/// underscores (not starting with a digit), joined by dots (`events`, `gdelt.events_2016`,
/// `catalog.schema.events`), so that it stands in a query as it is, with nothing to quote:
/// no text can be passed through it into the query.
public struct SQLTableName: Hashable, Sendable, CustomStringConvertible {
    /// The name as written.
    public let description: String

    /// The name `text` spells, or nil when it is not such a name.
    public init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let isName = parts.allSatisfy { part in
            guard let first = part.first, !first.isNumber else { return false }
            return part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        }
        guard isName else { return nil }
        description = text
    }
}
