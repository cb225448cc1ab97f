import ActorGraph
import GRDB

/// One row of a store's table, read column by column with the type the schema gives it: a
/// value of another type (a store edited by hand) is a diagnostic naming table, row and
/// column, never a trap. Columns go by their place in the query (names serve only messages),
/// since reading a million rows by name costs a search per value.
struct StoreRow {
    let row: Row
    let table: String
    /// The query's column names, in order.
    let columns: [String]
    let path: String

    func mistake(_ column: Int, _ expected: String) -> LoadError {
        var position = ""
        if let first = columns.firstIndex(of: "position"), case let .int64(number) = value(first).storage {
            position = " at position \(number)"
        }
        return GraphStore.diagnostic(path, "table '\(table)', row\(position): column '\(columns[column])' must be \(expected)")
    }

    private func value(_ column: Int) -> DatabaseValue {
        row[column] as DatabaseValue
    }

    func optionalText(_ column: Int) throws(LoadError) -> String? {
        switch value(column).storage {
        case .null: return nil
        case let .string(text): return text
        default: throw mistake(column, "text")
        }
    }

    func text(_ column: Int) throws(LoadError) -> String {
        guard let text = try optionalText(column) else { throw mistake(column, "text") }
        return text
    }

    func optionalInteger(_ column: Int) throws(LoadError) -> Int64? {
        switch value(column).storage {
        case .null: return nil
        case let .int64(number): return number
        default: throw mistake(column, "an integer")
        }
    }

    func integer(_ column: Int) throws(LoadError) -> Int64 {
        guard let number = try optionalInteger(column) else { throw mistake(column, "an integer") }
        return number
    }

    func flag(_ column: Int) throws(LoadError) -> Bool {
        switch try integer(column) {
        case 0: return false
        case 1: return true
        default: throw mistake(column, "0 or 1")
        }
    }

    func optionalReal(_ column: Int) throws(LoadError) -> Double? {
        switch value(column).storage {
        case .null: return nil
        case let .int64(number): return Double(number)
        case let .double(number): return number
        default: throw mistake(column, "a number")
        }
    }

    func day(_ column: Int) throws(LoadError) -> Day {
        guard let number = Int32(exactly: try integer(column)) else { throw mistake(column, "a day number (32 bits)") }
        return Day(number: number)
    }

    func optionalDay(_ column: Int) throws(LoadError) -> Day? {
        guard try optionalInteger(column) != nil else { return nil }
        return try day(column)
    }

    func date(_ column: Int) throws(LoadError) -> DateExpression? {
        guard let text = try optionalText(column) else { return nil }
        do {
            return try DateExpression(parsing: text)
        } catch {
            throw GraphStore.diagnostic(path, "table '\(table)': column '\(columns[column])': \(error.message)")
        }
    }
}
