import ActorGraph

/// What an import read, made and left out.
public struct EventImportSummary: Sendable {
    /// Event lines read (the header excluded).
    public var eventsRead = 0
    /// Events that became part of a relation.
    public var eventsUsed = 0
    /// Relations made (each a run of events).
    public var relations = 0
    /// Actors named by the events used.
    public var actors = 0
    /// Events whose CAMEO code maps to no kind, by code.
    public var unmappedCodes: [String: Int] = [:]
    /// Events left out by `minimumMentions`.
    public var belowMinimumMentions = 0
    /// Events that name fewer than two actors.
    public var withoutTwoActors = 0
    /// Events whose two actors are the same.
    public var sameActorOnBothSides = 0

    /// Adds what `other` counted (relations and actors are the graph's, made at the end, and stay).
    package mutating func add(_ other: EventImportSummary) {
        eventsRead += other.eventsRead
        eventsUsed += other.eventsUsed
        unmappedCodes.merge(other.unmappedCodes, uniquingKeysWith: +)
        belowMinimumMentions += other.belowMinimumMentions
        withoutTwoActors += other.withoutTwoActors
        sameActorOnBothSides += other.sameActorOnBothSides
    }

    /// Events left out because their code is unmapped.
    public var unmappedEvents: Int { unmappedCodes.values.reduce(0, +) }

    /// The unmapped codes, most frequent first.
    public var unmappedCodesByFrequency: [(code: String, events: Int)] {
        unmappedCodes.map { ($0.key, $0.value) }.sorted { ($0.events, $1.code) > ($1.events, $0.code) }
    }
}
