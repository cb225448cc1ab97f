import Foundation

/// A CSV table of relation kinds (`kinds.csv`) that goes beside a CSV edge list whose
/// relations use kinds that are not built in.
///
/// Columns: `id`, `label`, `directed`, `tone`, `cameo`, `goldstein`, as in the `kinds`
/// list of a graph file.
public enum KindTable {
    /// The columns of a kind table.
    public static let columns = ["id", "label", "directed", "tone", "cameo", "goldstein"]

    /// Reads a kind table; an empty file declares no kind.
    package static func read(bytes: [UInt8], file: String,
                             limits: ReadLimits = ReadLimits()) throws(LoadError) -> [TableRow<RelationKind>] {
        try CSVTable(bytes: bytes, file: file, limits: limits).rows(known: columns, required: ["id", "tone", "goldstein"], file: file) { field, report in
            guard let id = field["id"]?.text else { report(1, "empty kind id"); return nil }
            guard let toneField = field["tone"], let tone = Tone(rawValue: toneField.text) else {
                report(field["tone"]?.column ?? 1, "'tone' must be cooperative, neutral or conflictual")
                return nil
            }
            guard let goldsteinField = field["goldstein"], let goldstein = Double(goldsteinField.text), goldstein.isFinite else {
                report(field["goldstein"]?.column ?? 1, "'goldstein' must be a finite number")
                return nil
            }
            var directed = true
            if let directedField = field["directed"] {
                guard let flag = BooleanText.value(directedField.text) else {
                    report(directedField.column, "'directed' must be true or false, not '\(directedField.text)'")
                    return nil
                }
                directed = flag
            }
            return RelationKind(id: id, label: field["label"]?.text, directed: directed, tone: tone,
                                cameoCode: field["cameo"]?.text, goldstein: goldstein)
        }
    }
}
