import ActorGraph
import Foundation

/// Reads ACLED exports: comma-separated, the first row naming the columns (ACLED Codebook:
/// `event_id_cnty`, `event_date`, ..., `event_type`, `sub_event_type`, `actor1`,
/// `assoc_actor_1`, `inter1`, `actor2`, `assoc_actor_2`, `inter2`, ..., `source`, ...,
/// `notes`, `fatalities`, ...). Made from that row, then reading the rest of the part in
/// chunks.
///
/// Each event relates `actor1` to `actor2` (their names become kebab-case ids); its code is
/// `event_type: sub_event_type`, which an ``ACLEDMapping`` turns into a kind. An event with
/// no `actor2` is one-sided: counted and left out. `fatalities` adds to the relation's
/// weight; `event_id_cnty` becomes the citation, `source` its reference and `notes` its
/// quote. `inter1` and `inter2` (codes 1 to 8, or their names) give the actors' kinds.
struct ACLEDChunkParser: EventChunkParser {
    /// The columns an ACLED export must have.
    static let requiredColumns = ["event_date", "event_type", "sub_event_type", "actor1", "actor2", "fatalities"]

    private struct Columns: Sendable {
        var date = 0, eventType = 0, subEventType = 0, actor1 = 0, actor2 = 0, fatalities = 0
        var eventID: Int?, inter1: Int?, inter2: Int?, source: Int?, notes: Int?
    }

    private var columns = Columns()
    private var columnCount = 0

    /// Reads the header row (names matched without regard to case), or returns the message
    /// when a required column is missing.
    static func reading(header: UnsafeRawBufferPointer) -> Result<ACLEDChunkParser, EventHeaderFailure> {
        var records = CommaSeparatedRecords()
        var names: [String] = []
        _ = records.forEach(in: header) { record in
            if names.isEmpty { names = (0..<record.count).map { record.text($0).lowercased() } }
        }
        var index: [String: Int] = [:]
        for (position, name) in names.enumerated() where index[name] == nil { index[name] = position }
        let missing = requiredColumns.filter { index[$0] == nil }
        if !missing.isEmpty {
            return .failure(EventHeaderFailure(column: 1, message: "the header names no \(missing.map { "'\($0)'" }.joined(separator: ", ")) "
                + "column; an ACLED export starts with a row naming event_id_cnty, event_date, ..., event_type, "
                + "sub_event_type, actor1, ..., actor2, ..., notes, fatalities, ..."))
        }
        var parser = ACLEDChunkParser()
        parser.columnCount = names.count
        parser.columns = Columns(date: index["event_date"]!, eventType: index["event_type"]!,
                                 subEventType: index["sub_event_type"]!, actor1: index["actor1"]!, actor2: index["actor2"]!,
                                 fatalities: index["fatalities"]!, eventID: index["event_id_cnty"], inter1: index["inter1"],
                                 inter2: index["inter2"], source: index["source"], notes: index["notes"])
        return .success(parser)
    }

    func parse(_ chunk: UnsafeRawBufferPointer, into table: inout EventChunkTable) -> Int {
        var records = CommaSeparatedRecords()
        var code: [UInt8] = []
        return records.forEach(in: chunk) { record in
            parse(record, code: &code, into: &table)
        }
    }

    private func parse(_ record: CommaSeparatedRecords, code: inout [UInt8], into table: inout EventChunkTable) {
        func fail(_ field: Int?, _ message: String) {
            let position = field.map(record.position(ofField:)) ?? (line: record.line, column: 1)
            table.diagnostics.append((position.line, position.column, message))
        }
        if record.unclosedQuote {
            return fail(record.count - 1, "a field opened with a double quote is not closed before the end of the input")
        }
        guard record.count == columnCount else {
            return fail(nil, "found \(record.count) comma-separated fields; the header names \(columnCount)")
        }
        // Every field read must be UTF-8: names repaired to U+FFFD could merge two actors.
        let read = [columns.date, columns.fatalities, columns.actor1, columns.actor2, columns.eventType, columns.subEventType]
            + [columns.inter1, columns.inter2, columns.eventID, columns.source, columns.notes].compactMap { $0 }
        if let broken = read.first(where: { !record.isUTF8($0) }) {
            return fail(broken, "the field holds bytes that are not UTF-8; ACLED exports are UTF-8 "
                + "(a file saved in another encoding converts with iconv -t UTF-8)")
        }
        let dateText = record.text(columns.date)
        guard let day = Self.day(dateText) else {
            return fail(columns.date, "event_date '\(dateText)' is not a date; expected a day such as 15 January 2023 "
                + "or 2023-01-15")
        }
        var fatalities = 0
        let fatalitiesText = record.text(columns.fatalities)
        if !fatalitiesText.isEmpty {
            switch Array(fatalitiesText.utf8).withUnsafeBytes({ EventNumbers.count($0, named: "fatalities") }) {
            case let .success(value): fatalities = value
            case let .failure(problem): return fail(columns.fatalities, problem.message)
            }
        }
        let sourceName = record.text(columns.actor1)
        let targetName = record.text(columns.actor2)
        guard let (sourceID, targetID) = table.countEvent(between: sourceName, and: targetName) else { return }
        code.removeAll(keepingCapacity: true)
        record.withField(columns.eventType) { code.append(contentsOf: $0) }
        code.append(contentsOf: ACLEDMapping.separator.utf8)
        record.withField(columns.subEventType) { code.append(contentsOf: $0) }
        let (codeNumber, kind) = code.withUnsafeBytes { table.kind(ofCode: $0) }
        guard kind >= 0 else { return }
        func party(_ id: String, name: String, inter: Int?) -> Int32 {
            table.namedActor(id: id, name: name) { Self.actorKind(inter: inter.map(record.text) ?? "") }
        }
        let source = party(sourceID, name: sourceName, inter: columns.inter1)
        let target = party(targetID, name: targetName, inter: columns.inter2)
        let eventID = columns.eventID.map(record.text) ?? ""
        let publishers = columns.source.map(record.text) ?? ""
        let notes = columns.notes.map(record.text) ?? ""
        let reference = "ACLED event \(eventID)" + (publishers.isEmpty ? "" : ", source: \(publishers)")
        let sourceFirst = EventChunkTable.precedes(sourceID, targetID)
        EventText.withOptionalBytes(eventID.isEmpty ? nil : eventID) { citationID in
            EventText.withOptionalBytes(reference) { reference in
                EventText.withOptionalBytes(notes.isEmpty ? nil : notes) { quote in
                    table.addEvent(kind: kind, source: source, target: target, sourceFirst: sourceFirst, day: day,
                                   code: codeNumber, goldstein: nil, mentions: 0, weight: fatalities, line: record.line,
                                   citationID: citationID, reference: reference, quote: quote)
                }
            }
        }
    }

    /// English month names, as ACLED writes them (`15 January 2023`); the first three
    /// letters are enough.
    private static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                                 "october", "november", "december"]

    /// The day of `15 January 2023` (or `15-January-2023`, `15 Jan 2023`) or of ISO
    /// `2023-01-15`, or nil when it is neither or there is no such day.
    static func day(_ text: String) -> Day? {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "-" })
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 9 }) else { return nil }
        func number(_ part: Substring, digits: ClosedRange<Int>) -> Int? {
            digits.contains(part.count) && part.allSatisfy({ $0.isASCII && $0.isNumber }) ? Int(part) : nil
        }
        if let year = number(parts[0], digits: 4...4), let month = number(parts[1], digits: 2...2),
           let day = number(parts[2], digits: 2...2), !text.contains(" ") {
            return Day(year: year, month: month, day: day)
        }
        let name = parts[1].lowercased()
        guard let day = number(parts[0], digits: 1...2), let year = number(parts[2], digits: 4...4), name.count >= 3,
              let month = months.firstIndex(where: { $0.hasPrefix(name) && (name.count == 3 || name == $0) })
        else { return nil }
        return Day(year: year, month: month + 1, day: day)
    }

    /// The actor kind of an `inter1`/`inter2` value: ACLED's actor type code (1 state forces,
    /// 2 rebel groups, 3 political militias, 4 identity militias, 5 rioters, 6 protesters,
    /// 7 civilians, 8 external/other forces) or its name. State forces are agencies, rebels
    /// and militias armed groups; the rest stay unspecified.
    static func actorKind(inter: String) -> String {
        let lowered = inter.lowercased()
        switch lowered {
        case "1": return ActorKind.agency
        case "2", "3", "4": return ActorKind.armedGroup
        default:
            if lowered.hasPrefix("state forces") { return ActorKind.agency }
            if lowered.hasPrefix("rebel") || lowered.hasPrefix("political militia") || lowered.hasPrefix("identity militia") {
                return ActorKind.armedGroup
            }
            return ActorKind.unspecified
        }
    }
}
