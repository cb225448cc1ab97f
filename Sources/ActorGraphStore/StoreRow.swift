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

    /// The column's value as `read` takes it from its storage, nil for NULL; a value of
    /// any other type is a mistake, `expected` saying what it should have been.
    private func optionalValue<Value>(_ column: Int, _ expected: String,
                                      _ read: (DatabaseValue.Storage) -> Value?) throws(LoadError) -> Value? {
        let storage = value(column).storage
        if case .null = storage { return nil }
        guard let found = read(storage) else { throw mistake(column, expected) }
        return found
    }

    /// The column's value as `read` takes it, which must not be NULL.
    private func requiredValue<Value>(_ column: Int, _ expected: String,
                                      _ read: (DatabaseValue.Storage) -> Value?) throws(LoadError) -> Value {
        guard let found = try optionalValue(column, expected, read) else { throw mistake(column, expected) }
        return found
    }

    private static func text(_ storage: DatabaseValue.Storage) -> String? {
        if case let .string(text) = storage { return text }
        return nil
    }

    private static func integer(_ storage: DatabaseValue.Storage) -> Int64? {
        if case let .int64(number) = storage { return number }
        return nil
    }

    func optionalText(_ column: Int) throws(LoadError) -> String? { try optionalValue(column, "text", Self.text) }

    func text(_ column: Int) throws(LoadError) -> String { try requiredValue(column, "text", Self.text) }

    func optionalInteger(_ column: Int) throws(LoadError) -> Int64? { try optionalValue(column, "an integer", Self.integer) }

    func integer(_ column: Int) throws(LoadError) -> Int64 { try requiredValue(column, "an integer", Self.integer) }

    func flag(_ column: Int) throws(LoadError) -> Bool {
        switch try integer(column) {
        case 0: return false
        case 1: return true
        default: throw mistake(column, "0 or 1")
        }
    }

    func optionalReal(_ column: Int) throws(LoadError) -> Double? {
        try optionalValue(column, "a number") { storage in
            switch storage {
            case let .int64(number): return Double(number)
            case let .double(number): return number
            default: return nil
            }
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
