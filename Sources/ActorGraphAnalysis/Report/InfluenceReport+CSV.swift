import ActorGraph

extension InfluenceReport {
    /// The report as one CSV table, a row per day, measure and actor:
    /// `date,measure,actor,name,score,rank,previous_score,previous_rank,change` (the previous
    /// columns empty on the first day or for an actor absent the day before).
    public func csvText() -> String {
        var text = CSVField.row(["date", "measure", "actor", "name", "score", "rank", "previous_score", "previous_rank", "change"])
        for (index, period) in periods.enumerated() {
            let previous = index > 0 ? periods[index - 1] : nil
            for measure in options.measures {
                guard let values = period.scores.values[measure] else { continue }
                for node in period.leaders(measure, count: values.count) {
                    let actor = period.scores.labels[node]
                    let previousScore = previous?.score(measure, of: actor)
                    let change = previous == nil ? "" : "\(values[node] - (previousScore ?? 0))"
                    text += CSVField.row([
                        "\(period.day)", measure.rawValue, actor, name(of: actor), "\(values[node])",
                        period.ranks[measure].map { "\($0[node])" } ?? "",
                        previousScore.map { "\($0)" } ?? "", previous?.rank(measure, of: actor).map(String.init) ?? "", change,
                    ])
                }
            }
        }
        return text
    }
}
