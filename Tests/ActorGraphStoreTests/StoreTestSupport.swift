@_exported import ActorGraphTestSupport
import ActorGraph
import ActorGraphStore
import Foundation
import GRDB

/// A store of `graph` in a fresh directory; returns its path.
func writtenStore(_ graph: TemporalGraph, purpose: String) throws -> String {
    let path = try makeTemporaryDirectory(purpose).appendingPathComponent("graph.sqlite").path
    try GraphStore.write(graph, to: path)
    return path
}

/// Runs SQL on the store at `path` as another program would (plain SQLite, no ActorGraph).
func editStore(_ path: String, _ sql: String) throws {
    let queue = try DatabaseQueue(path: path)
    try queue.writeWithoutTransaction { db in try db.execute(sql: sql) }
    try queue.close()
}

/// The relation ids a snapshot holds, in order.
func relationIDs(_ snapshot: Snapshot) -> [String] {
    snapshot.relations.map(\.id)
}
