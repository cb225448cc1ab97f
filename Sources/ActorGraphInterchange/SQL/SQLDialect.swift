/// An SQL engine the event aggregation can be written for, and the few places where the
/// engines spell things differently: string casts, regular-expression literals, dates,
/// integer division and ordered list aggregation.
public enum SQLDialect: String, Sendable, CaseIterable {
    /// DuckDB (1.1 or later).
    case duckdb
    /// Spark SQL (3.4 or later).
    case spark

    /// The name used in messages and comments.
    public var displayName: String {
        switch self {
        case .duckdb: return "DuckDB"
        case .spark: return "Spark SQL"
        }
    }

    /// The string type.
    var stringType: String { self == .duckdb ? "VARCHAR" : "STRING" }

    /// `expression` as text.
    func text(_ expression: String) -> String { "CAST(\(expression) AS \(stringType))" }

    /// A string literal: quotes doubled (DuckDB) or escaped with a backslash, as backslashes
    /// are (Spark, whose literals read backslash escapes).
    func literal(_ value: String) -> String {
        switch self {
        case .duckdb: return "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
        case .spark:
            return "'" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
        }
    }

    /// A column name that is also a keyword (`end`).
    func quotedName(_ name: String) -> String { self == .duckdb ? "\"\(name)\"" : "`\(name)`" }

    /// Every run of characters matching `pattern` in `expression` replaced by `replacement`.
    func replacingAll(_ pattern: String, in expression: String, with replacement: String) -> String {
        switch self {
        case .duckdb: return "regexp_replace(\(expression), \(literal(pattern)), \(literal(replacement)), 'g')"
        case .spark: return "regexp_replace(\(expression), \(literal(pattern)), \(literal(replacement)))"
        }
    }

    /// `expression` without `character` at either end.
    func trimming(_ character: Character, from expression: String) -> String {
        switch self {
        case .duckdb: return "trim(\(expression), \(literal(String(character))))"
        case .spark: return "trim(BOTH \(literal(String(character))) FROM \(expression))"
        }
    }

    /// The date written as eight digits `YYYYMMDD` in `expression`.
    func date(fromDigits expression: String) -> String {
        switch self {
        case .duckdb: return "CAST(strptime(\(expression), '%Y%m%d') AS DATE)"
        case .spark: return "to_date(\(expression), 'yyyyMMdd')"
        }
    }

    /// A date as `YYYY-MM-DD`.
    func isoText(ofDate expression: String) -> String {
        switch self {
        case .duckdb: return "strftime(\(expression), '%Y-%m-%d')"
        case .spark: return "date_format(\(expression), 'yyyy-MM-dd')"
        }
    }

    /// The days from date `earlier` to date `later`.
    func days(from earlier: String, to later: String) -> String {
        switch self {
        case .duckdb: return "date_diff('day', \(earlier), \(later))"
        case .spark: return "datediff(\(later), \(earlier))"
        }
    }

    /// Whole-number division, rounded toward zero.
    func dividing(_ dividend: String, by divisor: String) -> String {
        switch self {
        case .duckdb: return "(\(dividend)) // (\(divisor))"
        case .spark: return "(\(dividend)) div (\(divisor))"
        }
    }

    /// The texts `value` of a group joined by `separator`, in the order of `orderedBy` (a
    /// list of expressions, each ascending).
    func joinedText(_ value: String, separator: String, orderedBy keys: [String]) -> String {
        switch self {
        case .duckdb:
            return "string_agg(\(value), \(literal(separator)) ORDER BY \(keys.joined(separator: ", ")))"
        case .spark:
            // Structs sort field by field, so the keys lead and the value comes last.
            let fields = keys.enumerated().map { "\($1) AS key\($0)" } + ["\(value) AS value"]
            return "array_join(transform(array_sort(collect_list(struct(\(fields.joined(separator: ", "))))), "
                + "entry -> entry.value), \(literal(separator)))"
        }
    }

    /// A table of literal rows named `name` with `columns`.
    func values(_ rows: [[String]], named name: String, columns: [String]) -> String {
        let written = rows.map { "(" + $0.joined(separator: ", ") + ")" }.joined(separator: ", ")
        return "SELECT * FROM (VALUES \(written)) AS \(name)(\(columns.joined(separator: ", ")))"
    }
}
