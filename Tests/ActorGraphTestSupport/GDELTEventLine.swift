import Foundation

/// One GDELT 2.0 event record as an export writes it: 61 tab-separated columns, those an
/// import reads filled in (GLOBALEVENTID, SQLDATE, the actors' codes, names and countries,
/// EventCode, GoldsteinScale, NumMentions, SOURCEURL), the others empty.
package struct GDELTEventLine {
    package var id: Int
    /// `YYYYMMDD`.
    package var day: String
    package var source: String
    package var target: String
    package var code: String
    package var goldstein = "2.0"
    package var mentions = 1

    package init(id: Int, day: String, source: String, target: String, code: String, goldstein: String = "2.0",
                 mentions: Int = 1) {
        self.id = id
        self.day = day
        self.source = source
        self.target = target
        self.code = code
        self.goldstein = goldstein
        self.mentions = mentions
    }

    /// The record, with its line end.
    package var text: String {
        var fields = [String](repeating: "", count: 61)
        fields[0] = "\(id)"
        fields[1] = day
        fields[5] = source
        fields[6] = source.isEmpty ? "" : "NAME OF \(source)"
        fields[7] = source
        fields[15] = target
        fields[16] = target.isEmpty ? "" : "NAME OF \(target)"
        fields[17] = target
        fields[26] = code
        fields[30] = goldstein
        fields[31] = "\(mentions)"
        fields[60] = "https://news.example.org/\(id).html"
        return fields.joined(separator: "\t") + "\n"
    }

    /// Writes `lines` as an export file named `name` in `directory`; returns its path.
    package static func write(_ lines: [GDELTEventLine], named name: String, in directory: URL) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(lines.map(\.text).joined().utf8).write(to: url)
        return url.path
    }
}
