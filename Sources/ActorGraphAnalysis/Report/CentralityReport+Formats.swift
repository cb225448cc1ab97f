import ActorGraph
import Foundation

extension CentralityReport {
    /// A text table, one row per actor ranked by the first measure that has scores, under a
    /// heading naming `title`, the date, the graph's size and its settings; failed measures
    /// are listed at the end.
    public func tableText(title: String) -> String {
        var text = "# \(title)\(SpanText.phrase(span)): \(nodeCount) actors, \(edgeCount) edges (\(summary))\n"
        let labelWidth = max(5, scores.labels.map(\.count).max() ?? 0)
        let columns = scores.measures.map { max(12, $0.rawValue.count) }
        text += "actor".padding(toLength: labelWidth, withPad: " ", startingAt: 0)
        for (measure, width) in zip(scores.measures, columns) { text += "  " + Self.rightAligned(measure.rawValue, width) }
        text += "\n"
        for node in ranking() {
            text += scores.labels[node].padding(toLength: labelWidth, withPad: " ", startingAt: 0)
            for (measure, width) in zip(scores.measures, columns) {
                let cell = scores.values[measure].map { Self.cellText($0[node]) } ?? "-"
                text += "  " + Self.rightAligned(cell, width)
            }
            text += "\n"
        }
        for measure in scores.measures {
            if let failure = scores.failures[measure] { text += "# \(measure): \(failure)\n" }
        }
        return text
    }

    /// CSV: `actor,name` and one column per measure (empty where a measure failed), full precision.
    public func csvText() -> String {
        var text = CSVField.row(["actor", "name"] + scores.measures.map(\.rawValue))
        for (node, label) in scores.labels.enumerated() {
            let name = graph.actor(id: label)?.name ?? label
            text += CSVField.row([label, name] + scores.measures.map { measure in
                scores.values[measure].map { "\($0[node])" } ?? ""
            })
        }
        return text
    }

    /// Indented JSON: `at` (null for a window or the whole graph, with `from` and `to` for a
    /// window), `measures` (measure -> actor id -> score, null for a failed measure) and, when
    /// a measure failed, `errors`.
    public func jsonText() -> String {
        var members = SpanText.jsonMembers(span)
        members.append(("measures", .object(scores.measures.map { measure in
            guard let values = scores.values[measure] else { return (measure.rawValue, .null) }
            return (measure.rawValue, .object(zip(scores.labels, values).map { ($0, .number($1)) }))
        })))
        if !scores.failures.isEmpty {
            members.append(("errors", .object(scores.measures.compactMap { measure in
                scores.failures[measure].map { (measure.rawValue, .string($0.description)) }
            })))
        }
        return JSONValue.object(members).serialized(pretty: true) + "\n"
    }

    /// Node numbers sorted by the first measure that has scores, highest first; ties keep node order.
    func ranking() -> [Int] {
        let nodes = Array(scores.labels.indices)
        guard let values = scores.measures.lazy.compactMap({ scores.values[$0] }).first else { return nodes }
        return nodes.sorted { values[$0] != values[$1] ? values[$0] > values[$1] : $0 < $1 }
    }

    /// A score with six decimals, or in scientific notation when very large or very small.
    static func cellText(_ value: Double) -> String {
        if value == 0 { return "0" }
        if abs(value) >= 1e6 || abs(value) < 1e-4 { return String(format: "%.4e", value) }
        return String(format: "%.6f", value)
    }

    /// `text` right-aligned in `width` characters.
    package static func rightAligned(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }
}
