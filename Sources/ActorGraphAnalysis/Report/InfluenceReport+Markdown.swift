import ActorGraph

extension InfluenceReport {
    /// The report as Markdown: highlights, the charted actors' scores per day, then for each
    /// day the leaders on every measure, the largest movers and the relations that began and
    /// ended, with their citations (at most ``listedRelationLimit`` of each; ``jsonValue()`` lists all).
    public func markdown() -> String {
        var text = "# Influence report: \(Self.markdownEscaped(graph.title ?? "graph"))\n\n"
        if let description = graph.description { text += Self.markdownEscaped(description) + "\n\n" }
        text += "_\(overview())_\n\n"
        text += "## Highlights\n\n"
        for highlight in highlights() {
            text += "- **\(highlight.day)**: \(highlight.sentences.map(Self.markdownEscaped).joined(separator: " "))\n"
        }
        text += "\n## Scores over time\n"
        for measure in options.measures {
            let actors = chartedActors(measure)
            guard !actors.isEmpty else { continue }
            text += "\n### \(measure.title)\n\n"
            text += "| actor | " + periods.map { "\($0.day)" }.joined(separator: " | ") + " |\n"
            text += "|---|" + String(repeating: "---:|", count: periods.count) + "\n"
            for actor in actors {
                let cells = periods.map { period -> String in
                    guard let score = period.score(measure, of: actor) else { return "–" }
                    return Self.short(score)
                }
                text += "| \(Self.markdownEscaped(name(of: actor))) | " + cells.joined(separator: " | ") + " |\n"
            }
        }
        for period in periods {
            text += "\n## \(period.day)\n\n"
            text += "\(period.actorCount) actors, \(period.edgeCount) edges.\n\n"
            text += leaderTable(period)
            let moverRows = options.measures.compactMap { measure -> String? in
                let risers = (period.risers[measure] ?? []).map(movementText)
                let fallers = (period.fallers[measure] ?? []).map(movementText)
                if risers.isEmpty && fallers.isEmpty { return nil }
                return "| \(measure.title) | \(risers.joined(separator: "; ")) | \(fallers.joined(separator: "; ")) |"
            }
            if !moverRows.isEmpty {
                text += "\n| measure | risers | fallers |\n|---|---|---|\n" + moverRows.joined(separator: "\n") + "\n"
            }
            for failure in options.measures.compactMap({ measure in period.scores.failures[measure].map { (measure, $0) } }) {
                text += "\n> \(failure.0.title): \(failure.1)\n"
            }
            text += blocMarkdown(for: period.day)
            text += reachMarkdown(for: period.day)
            text += relationList(period.started, heading: periods.first?.day == period.day ? "Active relations" : "Began",
                                 on: period.day, ended: false)
            text += relationList(period.ended, heading: "Ended", on: period.day, ended: true)
        }
        return text
    }

    /// "N dates from A to B; directed, unweighted; relations possibly active; measures ...".
    func overview() -> String {
        let range = periods.isEmpty ? "no dates" : "\(periods.count) dates from \(periods.first!.day) to \(periods.last!.day)"
        return "\(range); \(options.summary); relations \(options.filter.certainty.rawValue) active on each date; "
            + "measures: \(options.measures.map(\.title).joined(separator: ", ")) (NetworkX definitions); "
            + "vague dates read as \(graph.vagueness)."
    }

    private func leaderTable(_ period: Period) -> String {
        let measures = options.measures.filter { period.scores.values[$0] != nil }
        guard !measures.isEmpty, period.actorCount > 0 else { return "" }
        var text = "| # | " + measures.map(\.title).joined(separator: " | ") + " |\n"
        text += "|---:|" + String(repeating: "---|", count: measures.count) + "\n"
        let leadersByMeasure = measures.map { period.leaders($0, count: options.top) }
        for position in 0..<min(options.top, period.actorCount) {
            let cells = zip(measures, leadersByMeasure).map { measure, leaders -> String in
                guard position < leaders.count, let values = period.scores.values[measure] else { return "" }
                let node = leaders[position]
                return "\(Self.markdownEscaped(name(of: period.scores.labels[node]))) \(Self.short(values[node]))"
            }
            text += "| \(position + 1) | " + cells.joined(separator: " | ") + " |\n"
        }
        return text
    }

    private func movementText(_ movement: Movement) -> String {
        "\(Self.markdownEscaped(name(of: movement.actor))) \(Self.signed(movement.change)) (\(Self.rankChange(movement)))"
    }

    private func relationList(_ positions: [Int32], heading: String, on day: Day, ended: Bool) -> String {
        guard !positions.isEmpty else { return "" }
        var text = "\n**\(heading)**\n\n"
        for position in positions.prefix(Self.listedRelationLimit) {
            let dates = "\(graph.startText(ofRelationAt: Int(position)) ?? "..") – \(graph.endText(ofRelationAt: Int(position)) ?? "..")"
            let secret = isPossiblySecret(listed: position, on: day, ended: ended) ? ", secret" : ""
            let sources = citations(for: position)
            let cited = sources.isEmpty ? "" : " — " + sources.map(Self.markdownEscaped).joined(separator: "; ")
            text += "- \(Self.markdownEscaped(sentence(for: position))) (\(dates)\(secret))\(cited)\n"
        }
        if positions.count > Self.listedRelationLimit {
            text += "- … and \(positions.count - Self.listedRelationLimit) more (the JSON form lists every one)\n"
        }
        return text
    }

    /// How many began or ended relations a date's section lists in Markdown and HTML.
    public static let listedRelationLimit = 100

    /// Text with Markdown's table and emphasis characters escaped.
    static func markdownEscaped(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if "|*_`[]<>\\".contains(character) { escaped.append("\\") }
            escaped.append(character == "\n" ? " " : character)
        }
        return escaped
    }
}
