import ActorGraph
import ActorGraphInterchange
import Foundation
import GRDB

extension GraphStore {
    /// What an event import into a store read and what the store then held.
    public struct EventImportResult: Sendable {
        /// What the files of this import alone held, used and left out.
        public var added: EventImportSummary
        /// Every file the store's graph was made from, the files of this import included;
        /// its `relations` and `actors` are the graph's.
        public var total: EventImportSummary
    }

    /// Imports the event files at `paths` into the store at `path` as ``EventImporter``
    /// imports them, and keeps beside the graph what the import gathered (the options, the
    /// files, every actor and every run with its totals and citations), so that later files
    /// can be appended.
    ///
    /// Without `appending`, the store is created, or the graph it holds is replaced. With
    /// `appending`, the files continue the store's import: a run whose last day lies within
    /// the merge gap of an appended event goes on (its count, days, citations, weight and
    /// note as one import would make them), so that importing some files and appending the
    /// others gives the store that importing all of them at once gives. The options must be
    /// those the store was imported with (format, merge gap, minimum mentions, citations
    /// kept, and the mapping's table, whatever file it came from); a store that `convert`
    /// wrote holds no import and is refused. `mappingFile` names the file the mapping came
    /// from, for the store and its messages (nil: the built-in table).
    ///
    /// Everything happens in one transaction, which holds the store's write lock from the
    /// start: an import that fails or is killed leaves the store as it was, and readers go on
    /// reading the old graph until it commits (the file is in WAL mode).
    ///
    /// - Throws: ``LoadError`` for a problem in the event files (at its line and column);
    ///   ``WriteError`` for the store: a newer schema, not a store, options that differ, no
    ///   import to append to, or a failure of SQLite.
    public static func importEvents(paths: [String], options: EventImportOptions, mappingFile: String? = nil,
                                    into path: String, appending: Bool = false,
                                    progress: ((EventImporter.Progress) -> Void)? = nil) throws -> EventImportResult {
        if appending, !FileManager.default.fileExists(atPath: path) {
            throw WriteError(description: "\(path): error: no such store to append to; import the first files with -o \(path)")
        }
        let record = ImportRecord(options: options, mappingFile: mappingFile)
        do {
            let writer = try openForReplacing(path: path)
            defer { try? writer.close() }
            return try writer.writeWithoutTransaction { db in
                try inImmediateTransaction(db) {
                    var gathering = EventGathering(options: options)
                    if appending {
                        guard let stored = try ImportRecord.read(db, path: path) else {
                            throw WriteError(description: "\(path): error: " + noImportMessage)
                        }
                        if let difference = stored.difference(from: record) {
                            throw WriteError(description: "\(path): error: cannot append: \(difference); "
                                + "append with the options the store was imported with")
                        }
                        try restoreImport(into: &gathering, db: db, path: path)
                    }
                    let added = try gathering.gather(paths: paths, progress: progress)
                    try clear(db)
                    try record.insert(into: db)
                    try insertImport(gathering, into: db)
                    let graph = try gathering.makeGraph()
                    try insert(graph, into: db)
                    return EventImportResult(added: added, total: gathering.summary)
                }
            }
        } catch let error as WriteError {
            throw error
        } catch let error as LoadError {
            throw error
        } catch {
            throw WriteError(description: "\(path): error: cannot write the store: \(describe(error))")
        }
    }

    /// Runs `body` in a transaction that takes the write lock at its start, so that no other
    /// writer can change what `body` read before it writes; rolls back when `body` throws.
    private static func inImmediateTransaction<Value>(_ db: Database, _ body: () throws -> Value) throws -> Value {
        try db.execute(sql: "BEGIN IMMEDIATE TRANSACTION")
        do {
            let value = try body()
            try db.execute(sql: "COMMIT TRANSACTION")
            return value
        } catch {
            try? db.execute(sql: "ROLLBACK TRANSACTION")
            throw error
        }
    }

    static let noImportMessage = "the store holds no event import to append to (convert wrote it, or an ActorGraph "
        + "without --append); import all the event files into it with -o instead"
}
