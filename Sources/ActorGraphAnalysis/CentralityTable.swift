import Foundation

/// Helpers for printing scores as text tables.
public enum CentralityTable {
    /// Node numbers sorted by the first measure that has scores, highest first; ties keep node order.
    public static func ranking(_ scores: CentralityScores) -> [Int] {
        let nodes = Array(scores.labels.indices)
        guard let values = scores.measures.lazy.compactMap({ scores.values[$0] }).first else { return nodes }
        return nodes.sorted { values[$0] != values[$1] ? values[$0] > values[$1] : $0 < $1 }
    }

    /// A score with six decimals, or in scientific notation when very large or very small.
    public static func format(_ value: Double) -> String {
        if value == 0 { return "0" }
        if abs(value) >= 1e6 || abs(value) < 1e-4 { return String(format: "%.4e", value) }
        return String(format: "%.6f", value)
    }

    /// `text` right-aligned in `width` characters.
    public static func leftPad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }
}
