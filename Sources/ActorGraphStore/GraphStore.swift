import ActorGraph
import Foundation
import GRDB

/// An SQLite file that holds a graph with every relation's solved days under an R*Tree, so
/// that a question about a day reads that day's relations and not the whole graph.
///
/// The tables are plain (`actors`, `kinds`, `sources`, `relations`, `citations`,
/// `evidence`, ...; the README documents each column), so `sqlite3`, DuckDB or pandas read
/// a store as they read any SQLite file. Writing replaces the store's graph in one
/// transaction: a write that fails or is killed leaves the store as it was. The file is in
/// WAL mode, so readers go on reading while a writer works. An event import into a store
/// (``importEvents(paths:options:mappingFile:into:appending:progress:)``) also keeps its runs
/// of events, so that files appended later continue them as one import of all would.
///
/// ```swift
/// try GraphStore.write(graph, to: "events.sqlite")
/// let day = try GraphStore.load(path: "events.sqlite", activeDuring: [DaySpan(Day(year: 2001, month: 9, day: 22)!)])
/// day.snapshot(at: Day(year: 2001, month: 9, day: 22)!).relations.count
/// ```
public enum GraphStore {
    /// The extension a store's path ends with.
    public static let fileExtension = "sqlite"

    /// Whether `path` names a store (it ends with `.sqlite`, in any case).
    public static func isStorePath(_ path: String) -> Bool {
        (path as NSString).pathExtension.lowercased() == fileExtension
    }

    /// Why a store could not be written.
    public struct WriteError: Error, CustomStringConvertible, Sendable {
        /// What went wrong, starting with the path.
        public var description: String
    }

    /// Opens the store at `path` for reading, migrating a store of an older schema first;
    /// throws a diagnostic at `path:1:1` for a missing file, a file that is not a store and
    /// a store written by a newer version.
    static func openForReading(path: String) throws(LoadError) -> DatabaseQueue {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw diagnostic(path, isDirectory.boolValue ? "is a directory" : "no such file")
        }
        do {
            var configuration = Configuration()
            configuration.readonly = true
            configuration.busyMode = .timeout(10)
            let reader = try DatabaseQueue(path: path, configuration: configuration)
            let state = try reader.read { db in try schemaState(db) }
            switch state {
            case .current: return reader
            case .notAStore: throw diagnostic(path, notAStoreMessage)
            case let .newer(unknown): throw diagnostic(path, newerSchemaMessage(unknown))
            case .older:
                try reader.close()
                let writer = try openForWriting(path: path)
                try migrator.migrate(writer)
                try writer.close()
                return try DatabaseQueue(path: path, configuration: configuration)
            }
        } catch let error as LoadError {
            throw error
        } catch {
            throw diagnostic(path, describe(error))
        }
    }

    /// A read-write connection in WAL mode that waits for other writers rather than failing.
    static func openForWriting(path: String) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(10)
        return try DatabaseQueue(path: path, configuration: configuration)
    }

    static func diagnostic(_ path: String, _ message: String) -> LoadError {
        LoadError([Diagnostic(file: path, line: 1, column: 1, message: message)])
    }

    static let notAStoreMessage = "not an ActorGraph store (an SQLite file without ActorGraph's tables)"

    static func newerSchemaMessage(_ unknown: [String]) -> String {
        "the store was written by a newer version of ActorGraph (schema \(unknown.joined(separator: ", "))); "
            + "this version reads schema up to \(migrator.migrations.last ?? "none"): upgrade ActorGraph to read it"
    }

    /// SQLite's own words for a failure ("file is not a database"), without GRDB's wrapping.
    static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            let message = error.message ?? "\(error.resultCode)"
            return message == "file is not a database" ? "not an SQLite file (\(message))" : "SQLite: \(message)"
        }
        return "\(error)"
    }
}
