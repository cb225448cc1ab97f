import ActorGraph

extension InfluenceReport {
    /// What changed on one day, in sentences an analyst can read aloud.
    public struct Highlight: Sendable, Hashable {
        /// The day.
        public var day: Day
        /// The sentences, most important first.
        public var sentences: [String]
    }

    /// The smallest change in a score that a highlight mentions.
    static let notableChange = 0.05

    /// For each day, who leads and who moves: the main broker (betweenness) and the largest
    /// gains and losses of brokerage, who now leads on the other measures, the relations
    /// that began and ended, blocs that split or merge and actors changing bloc, and changes of
    /// balance and of camp. Days on which nothing changed are left out.
    public func highlights() -> [Highlight] {
        var result: [Highlight] = []
        for (index, period) in periods.enumerated() {
            var sentences: [String] = []
            if index == 0 {
                sentences.append("The network has \(period.actorCount) actors and \(period.edgeCount) edges.")
                for measure in options.measures.prefix(2) {
                    let leaders = period.leaders(measure, count: 3).filter { period.scores.values[measure]?[$0] ?? 0 > 0 }
                    guard let values = period.scores.values[measure], !leaders.isEmpty else { continue }
                    let names = leaders.map { "\(name(of: period.scores.labels[$0])) (\(Self.short(values[$0])))" }
                    sentences.append("\(leadPhrase(measure, plural: leaders.count > 1)): \(Self.list(names)).")
                }
            } else {
                let previous = periods[index - 1]
                if options.measures.contains(.betweenness) { sentences += brokerageSentences(period, previous) }
                sentences += leaderSentences(period, previous)
                if !period.started.isEmpty {
                    sentences.append("Begins: " + Self.list(period.started.map(sentence(for:)), limit: 5) + ".")
                }
            }
            sentences += blocSentences(index)
            sentences += reachSentences(index)
            if !period.ended.isEmpty {
                sentences.append("Ends: " + Self.list(period.ended.map(sentence(for:)), limit: 5) + ".")
            }
            if !sentences.isEmpty { result.append(Highlight(day: period.day, sentences: sentences)) }
        }
        return result
    }

    private func leadPhrase(_ measure: CentralityMeasure, plural: Bool) -> String {
        switch measure {
        case .betweenness: return plural ? "Main brokers (betweenness)" : "Main broker (betweenness)"
        case .hubs: return plural ? "Main hubs" : "Main hub"
        default: return "Highest \(measure.title)"
        }
    }

    /// Who brokers: a new main broker, or a large change in the main broker's betweenness,
    /// then the largest notable gain and loss of brokerage by others.
    private func brokerageSentences(_ period: Period, _ previous: Period) -> [String] {
        var sentences: [String] = []
        let measure = CentralityMeasure.betweenness
        let leader = period.leaders(measure, count: 1).first.map { period.scores.labels[$0] }
        let previousLeader = previous.leaders(measure, count: 1).first.map { previous.scores.labels[$0] }
        if let leader, let score = period.score(measure, of: leader), score > 0 {
            if leader != previousLeader {
                let was = previous.rank(measure, of: leader).map { "up from #\($0)" } ?? "new to the network"
                let ahead = previousLeader.map { ", ahead of \(name(of: $0))" } ?? ""
                sentences.append("\(name(of: leader)) becomes the main broker (betweenness \(Self.short(score)), \(was))\(ahead).")
            } else if let before = previous.score(measure, of: leader), abs(score - before) >= Self.notableChange {
                sentences.append("\(name(of: leader)) remains the main broker (betweenness \(Self.short(before)) → \(Self.short(score))).")
            }
        }
        let mentioned: Set<String?> = [leader, previousLeader]
        if let riser = period.risers[measure]?.first(where: { !mentioned.contains($0.actor) }),
           riser.change >= Self.notableChange {
            sentences.append("\(name(of: riser.actor)) gains brokerage (\(Self.signed(riser.change)), \(Self.rankChange(riser))).")
        }
        if let faller = period.fallers[measure]?.first(where: { !mentioned.contains($0.actor) }),
           -faller.change >= Self.notableChange {
            sentences.append("\(name(of: faller.actor)) loses brokerage (\(Self.signed(faller.change)), \(Self.rankChange(faller))).")
        }
        return sentences
    }

    /// New leaders on the measures other than betweenness, grouped by actor.
    private func leaderSentences(_ period: Period, _ previous: Period) -> [String] {
        var measuresByLeader: [(actor: String, measures: [CentralityMeasure])] = []
        for measure in options.measures where measure != .betweenness {
            guard let node = period.leaders(measure, count: 1).first,
                  let score = period.scores.values[measure]?[node], score > 0 else { continue }
            let actor = period.scores.labels[node]
            let before = previous.leaders(measure, count: 1).first.map { previous.scores.labels[$0] }
            guard before != actor else { continue }
            if let index = measuresByLeader.firstIndex(where: { $0.actor == actor }) {
                measuresByLeader[index].measures.append(measure)
            } else {
                measuresByLeader.append((actor, [measure]))
            }
        }
        return measuresByLeader.map { entry in
            "\(name(of: entry.actor)) now leads on \(Self.list(entry.measures.map(\.title)))."
        }
    }

    /// "#5 → #2", "new at #3" or "leaves the network".
    static func rankChange(_ movement: Movement) -> String {
        switch (movement.previousRank, movement.rank) {
        case let (before?, after?): return before == after ? "still #\(after)" : "#\(before) → #\(after)"
        case let (nil, after?): return "new at #\(after)"
        case (_?, nil): return "leaves the network"
        case (nil, nil): return "absent"
        }
    }

    /// A score with three significant decimals.
    static func short(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        var text = "\(rounded)"
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    static func signed(_ value: Double) -> String { (value >= 0 ? "+" : "−") + short(abs(value)) }

    /// "a, b and c", with at most `limit` items and "and N more".
    static func list(_ items: [String], limit: Int = .max) -> String {
        var shown = Array(items.prefix(limit))
        if items.count > limit { shown.append("\(items.count - limit) more") }
        switch shown.count {
        case 0: return ""
        case 1: return shown[0]
        default: return shown.dropLast().joined(separator: ", ") + " and " + shown.last!
        }
    }
}
