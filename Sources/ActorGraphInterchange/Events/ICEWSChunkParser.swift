import ActorGraph
import Foundation

/// Reads ICEWS event files: tab-separated, the first row naming the columns. Made from that
/// row, then reading the rest of the part in chunks.
struct ICEWSChunkParser: EventChunkParser {
    /// The columns an ICEWS file must have.
    static let requiredColumns = ["Event Date", "Source Name", "Target Name", "CAMEO Code"]

    private var index: [String: Int] = [:]
    private var columnCount = 0

    /// Reads the header row, or returns the message when a required column is missing.
    static func reading(header: UnsafeRawBufferPointer) -> Result<ICEWSChunkParser, EventHeaderFailure> {
        var fields = TabSeparatedFields()
        fields.split(header)
        var parser = ICEWSChunkParser()
        for position in 0..<fields.count {
            parser.index[fields.text(position).trimmingCharacters(in: .whitespaces)] = position
        }
        parser.columnCount = fields.count
        let missing = requiredColumns.filter { parser.index[$0] == nil }
        if !missing.isEmpty {
            return .failure(EventHeaderFailure(column: 1, message: "the header names no \(missing.map { "'\($0)'" }.joined(separator: ", ")) "
                + "column; an ICEWS file starts with a row naming Event ID, Event Date, Source Name, ..., CAMEO Code, "
                + "Intensity, Target Name, ..."))
        }
        return .success(parser)
    }

    func parse(_ chunk: UnsafeRawBufferPointer, into table: inout EventChunkTable) -> Int {
        var fields = TabSeparatedFields()
        return EventLines.forEach(in: chunk) { line, number in
            guard !line.isEmpty else { return }
            fields.split(line)
            parse(fields, number: number, into: &table)
        }
    }

    private func parse(_ fields: TabSeparatedFields, number: Int, into table: inout EventChunkTable) {
        func fail(_ column: Int, _ message: String) { table.diagnostics.append((number, column, message)) }
        guard fields.count == columnCount else {
            return fail(1, "found \(fields.count) tab-separated columns; the header names \(columnCount)")
        }
        func text(_ name: String) -> String { index[name].map { fields.text($0) } ?? "" }
        func column(_ name: String) -> Int { index[name].map(fields.column) ?? 1 }
        let dateText = text("Event Date")
        guard let date = try? PartialDate(parsing: dateText), date.precision == .day, date.qualifier == .none else {
            return fail(column("Event Date"), "Event Date '\(dateText)' is not a date; expected YYYY-MM-DD")
        }
        var goldstein: Int32?
        let intensity = text("Intensity")
        if !intensity.isEmpty {
            switch Array(intensity.utf8).withUnsafeBytes(EventNumbers.thousandths) {
            case let .value(value) where abs(value) <= 10_000: goldstein = Int32(value)
            case .value, .outOfRange: return fail(column("Intensity"), "Intensity '\(intensity)' is outside the scale of -10 to 10")
            case .malformed: return fail(column("Intensity"), "Intensity '\(intensity)' is not a number; expected -10 to 10")
            }
        }
        let sourceName = text("Source Name")
        let targetName = text("Target Name")
        guard let (sourceID, targetID) = table.countEvent(between: sourceName, and: targetName) else { return }
        let code = Self.normalizedCode(text("CAMEO Code"))
        let (codeNumber, kind) = Array(code.utf8).withUnsafeBytes { table.kind(ofCode: $0) }
        guard kind >= 0 else { return }
        func party(_ id: String, name: String, country: String) -> Int32 {
            table.namedActor(id: id, name: name) { name == country ? ActorKind.state : ActorKind.unspecified }
        }
        let source = party(sourceID, name: sourceName, country: text("Source Country"))
        let target = party(targetID, name: targetName, country: text("Target Country"))
        var citationID: String?
        var reference: String?
        let story = text("Story ID")
        let publisher = text("Publisher")
        if !story.isEmpty {
            citationID = "story-\(story)"
            reference = "ICEWS story \(story)" + (publisher.isEmpty ? "" : ", \(publisher)")
        } else if !text("Event ID").isEmpty {
            citationID = "event-\(text("Event ID"))"
            reference = "ICEWS event \(text("Event ID"))" + (publisher.isEmpty ? "" : ", \(publisher)")
        }
        let sourceFirst = EventChunkTable.precedes(sourceID, targetID)
        EventText.withOptionalBytes(citationID) { citationID in
            EventText.withOptionalBytes(reference) { reference in
                table.addEvent(kind: kind, source: source, target: target, sourceFirst: sourceFirst, day: date.earliestDay,
                               code: codeNumber, goldstein: goldstein, mentions: 0, weight: 0, line: number,
                               citationID: citationID, reference: reference)
            }
        }
    }

    /// The code with the leading zero some ICEWS releases drop (`43` -> `043`): CAMEO root
    /// categories run from 01 to 20, so a code whose first two digits exceed 20 lost one.
    static func normalizedCode(_ code: String) -> String {
        guard code.count >= 2, code.allSatisfy(\.isNumber), let root = Int(code.prefix(2)), root > 20 else { return code }
        return "0" + code
    }
}

/// Why a part's header row cannot be read: the column, and what was expected.
struct EventHeaderFailure: Error {
    var column: Int
    var message: String
}

/// Text handed to the chunk table as bytes.
enum EventText {
    /// Calls `body` with the UTF-8 bytes of `text`, or nil.
    static func withOptionalBytes<Result>(_ text: String?, _ body: (UnsafeRawBufferPointer?) -> Result) -> Result {
        guard let text else { return body(nil) }
        return Array(text.utf8).withUnsafeBytes { body($0) }
    }
}
