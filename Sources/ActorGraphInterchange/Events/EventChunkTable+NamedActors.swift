import ActorGraph

/// Events whose actors are known by name (ICEWS, ACLED): ids made from the names.
extension EventChunkTable {
    /// Counts an event read between the actors named `sourceName` and `targetName`; returns
    /// their kebab-case ids, or nil after counting the event as naming fewer than two actors
    /// (a one-sided event) or one actor on both sides.
    mutating func countEvent(between sourceName: String, and targetName: String) -> (source: String, target: String)? {
        eventsRead += 1
        guard let source = ActorIdentifier.kebabCase(sourceName), let target = ActorIdentifier.kebabCase(targetName) else {
            withoutTwoActors += 1
            return nil
        }
        if source == target {
            sameActorOnBothSides += 1
            return nil
        }
        return (source, target)
    }

    /// The number of the actor `id`, counting one use of `name`; `kind` is asked only for
    /// an actor new to the chunk.
    mutating func namedActor(id: String, name: String, kind: () -> String) -> Int32 {
        Array(id.utf8).withUnsafeBytes { id in
            let number = actor(id: id, kind: kind)
            Array(name.utf8).withUnsafeBytes { countName($0, of: number) }
            return number
        }
    }

    /// Whether `source` sorts before `target` as bytes (the source of a symmetric kind).
    static func precedes(_ source: String, _ target: String) -> Bool {
        Array(source.utf8).withUnsafeBytes { source in Array(target.utf8).withUnsafeBytes { source.bytesPrecede($0) } }
    }
}
