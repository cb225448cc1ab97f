import ActorGraph

extension InfluenceReport {
    /// The report as indented JSON text: see ``jsonValue()`` for its members.
    public func jsonText() -> String {
        jsonValue().serialized(pretty: true) + "\n"
    }

    /// The report as one JSON object: `title`, `settings`, `highlights` and `dates`, each date
    /// with `actors`, `edges`, `scores` and `ranks` by measure and actor id, `risers`,
    /// `fallers`, the `started` and `ended` relations with their citations, the
    /// `communities` (named blocs, modularity, splits, merges, movers), the `balance` and the
    /// `brokers` by role (see ``BlocTimeline``), and with ``Options/countsReach`` the `reach`
    /// counts (see ``ReachCounts``).
    package func jsonValue() -> JSONValue {
        .object([
            ("title", .optional(graph.title)),
            ("settings", .object([
                ("summary", .string(options.summary)),
                ("certainty", .string(options.filter.certainty.rawValue)),
                ("measures", .array(options.measures.map { .string($0.rawValue) })),
                ("top", .integer(options.top)),
                ("vagueness", .object(graph.vagueness.durations.map { ($0.key, .string($0.value.description)) })),
            ])),
            ("highlights", .array(highlights().map { highlight in
                .object([("date", .string(highlight.day.description)), ("sentences", .array(highlight.sentences.map(JSONValue.string)))])
            })),
            ("dates", .array(periods.map(periodJSON))),
        ])
    }

    private func periodJSON(_ period: Period) -> JSONValue {
        func byMeasure(_ body: (CentralityMeasure) -> JSONValue?) -> JSONValue {
            .object(options.measures.compactMap { measure in body(measure).map { (measure.rawValue, $0) } })
        }
        var members: [(String, JSONValue)] = [
            ("date", .string(period.day.description)),
            ("actors", .integer(period.actorCount)),
            ("edges", .integer(period.edgeCount)),
            ("scores", byMeasure { measure in
                period.scores.values[measure].map { values in .object(zip(period.scores.labels, values).map { ($0, .number($1)) }) }
            }),
            ("ranks", byMeasure { measure in
                period.ranks[measure].map { ranks in .object(zip(period.scores.labels, ranks).map { ($0, .integer($1)) }) }
            }),
            ("risers", byMeasure { measure in period.risers[measure].map { .array($0.map(movementJSON)) } }),
            ("fallers", byMeasure { measure in period.fallers[measure].map { .array($0.map(movementJSON)) } }),
            ("started", .array(period.started.map { relationJSON($0, secret: isPossiblySecret(listed: $0, on: period.day, ended: false)) })),
            ("ended", .array(period.ended.map { relationJSON($0, secret: isPossiblySecret(listed: $0, on: period.day, ended: true)) })),
        ]
        members += blocJSONMembers(for: period.day)
        members += reachJSONMembers(for: period.day)
        if !period.scores.failures.isEmpty {
            members.append(("errors", byMeasure { measure in period.scores.failures[measure].map { .string($0.description) } }))
        }
        return .object(members)
    }

    private func movementJSON(_ movement: Movement) -> JSONValue {
        .object([
            ("actor", .string(movement.actor)),
            ("previousScore", movement.previousScore.map(JSONValue.number) ?? .null),
            ("score", movement.score.map(JSONValue.number) ?? .null),
            ("previousRank", movement.previousRank.map(JSONValue.integer) ?? .null),
            ("rank", movement.rank.map(JSONValue.integer) ?? .null),
            ("change", .number(movement.change)),
        ])
    }

    private func relationJSON(_ position: Int32, secret: Bool) -> JSONValue {
        let relation = graph.relations[Int(position)]
        return .object([
            ("id", .string(relation.id)),
            ("kind", .string(relation.kind)),
            ("source", .string(relation.source)),
            ("target", .string(relation.target)),
            ("start", .optional(relation.start?.description)),
            ("end", .optional(relation.end?.description)),
            ("secret", .bool(secret)),
            ("note", .optional(relation.note)),
            ("citations", .array(citations(for: position).map(JSONValue.string))),
            ("evidence", .array(relation.allEvidence.map(\.jsonValue))),
        ])
    }
}
