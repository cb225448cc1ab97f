/// A place in an input file: 1-based line and column (columns count Unicode scalars).
public struct SourcePosition: Hashable, Sendable, Comparable {
    /// Line, from 1.
    public var line: Int
    /// Column, from 1.
    public var column: Int

    /// Creates a position.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// One error or warning about an input file, printed the way compilers print them:
/// `file:line:column: error: message`.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// Whether the file could not be read (an error) or was read with something left aside (a warning).
    public enum Severity: String, Hashable, Sendable {
        /// The file cannot be loaded.
        case error
        /// The file loads, but something in it was ignored.
        case warning
    }

    /// The file's path as the user gave it.
    public var file: String
    /// Where in the file.
    public var position: SourcePosition
    /// What is wrong.
    public var message: String
    /// Error (the default) or warning.
    public var severity: Severity

    /// Creates a diagnostic.
    public init(file: String, position: SourcePosition, message: String, severity: Severity = .error) {
        self.file = file
        self.position = position
        self.message = message
        self.severity = severity
    }

    /// Creates a diagnostic at a line and column.
    public init(file: String, line: Int, column: Int, message: String, severity: Severity = .error) {
        self.init(file: file, position: SourcePosition(line: line, column: column), message: message, severity: severity)
    }

    public var description: String { "\(file):\(position.line):\(position.column): \(severity.rawValue): \(message)" }
}

/// Every error found while loading a file; a load either succeeds whole or throws this.
public struct LoadError: Error, Sendable, CustomStringConvertible {
    /// The errors, in file order.
    public var diagnostics: [Diagnostic]

    /// Creates the error from diagnostics, sorting them by position.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted { ($0.file, $0.position) < ($1.file, $1.position) }
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
