import ActorGraph

extension InfluenceReport {
    /// `reach` for a date of the JSON form: the start day and, for every actor that could reach
    /// another, how many it could have reached (`possibly`) and certainly reached by the date.
    func reachJSONMembers(for day: Day) -> [(String, JSONValue)] {
        guard let reachCounts, let counts = reachCounts.counts(on: day) else { return [] }
        return [("reach", .object([
            ("from", .string(reachCounts.start.description)),
            ("maxWait", reachCounts.maxWait.map(JSONValue.integer) ?? .null),
            ("actors", .object(counts.filter { $0.possibly > 0 }.map { count in
                (count.actor, .object([("possibly", .integer(count.possibly)), ("certainly", .integer(count.certainly))]))
            })),
        ]))]
    }

    /// The heading of a date's reach table: "Reach since 2001-09-11 (waits of at most 30 days)".
    private func reachHeading(_ reachCounts: ReachCounts) -> String {
        "Reach since \(reachCounts.start)" + (reachCounts.maxWait.map { " (waits of at most \($0) days)" } ?? "")
    }

    /// The Markdown table of the actors that could reach most others by `day`.
    func reachMarkdown(for day: Day) -> String {
        guard let reachCounts else { return "" }
        let leaders = reachCounts.leaders(on: day, count: options.top)
        guard !leaders.isEmpty else { return "" }
        var text = "\n**\(reachHeading(reachCounts))**: actors reached along relations in the order they held\n\n"
        text += "| actor | could have reached | certainly reached |\n|---|---:|---:|\n"
        for count in leaders {
            text += "| \(Self.markdownEscaped(name(of: count.actor))) | \(count.possibly) | \(count.certainly) |\n"
        }
        return text
    }

    /// The values the HTML template shows for a date's reach table, or nil.
    func reachValues(for day: Day) -> [String: Any]? {
        guard let reachCounts else { return nil }
        let leaders = reachCounts.leaders(on: day, count: options.top)
        guard !leaders.isEmpty else { return nil }
        return ["heading": reachHeading(reachCounts),
                "rows": leaders.map { ["name": name(of: $0.actor), "possibly": $0.possibly, "certainly": $0.certainly] }]
    }

    /// The highlight sentence on reach for the last date: who could reach most, and who
    /// certainly reached most, when they differ.
    func reachSentences(_ index: Int) -> [String] {
        guard let reachCounts, index == periods.count - 1, let first = reachCounts.leaders(on: periods[index].day, count: 1).first,
              let counts = reachCounts.counts(on: periods[index].day) else { return [] }
        var sentence = "Since \(reachCounts.start), \(name(of: first.actor)) could have reached \(first.possibly) actors"
            + " (\(first.certainly) certainly)"
        if let sure = counts.max(by: { ($0.certainly, $1.actor) < ($1.certainly, $0.actor) }), sure.certainly > first.certainly {
            sentence += "; \(name(of: sure.actor)) certainly reached most, \(sure.certainly)"
        }
        return [sentence + "."]
    }
}
