import ActorGraph
import Foundation

/// Reads GDELT event records on raw bytes: the tab-separated columns of a line are found
/// in one pass, and only the columns an import needs are read, without making a `String`
/// of any field but the few that become part of a relation.
///
/// A line's column count says its layout: 61 columns are a GDELT 2.0 event export
/// (`*.export.CSV`), 57 a GDELT 1.0 daily file, 58 one of GDELT 1.0 with its `SOURCEURL`
/// (added in April 2013). The first 35 columns, from `GLOBALEVENTID` to `AvgTone`, are the
/// same in both: 2.0 adds an `ADM2Code` to each of the three geographies.
struct GDELTChunkParser: EventChunkParser {
    /// The columns of a GDELT 2.0 event record, in file order (GDELT Event Codebook V2.0).
    static let columns = [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
        "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
        "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
        "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
        "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
        "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
        "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
        "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
        "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
        "DATEADDED", "SOURCEURL",
    ]
    /// Columns of a GDELT 1.0 daily record without and with `SOURCEURL`.
    static let version1ColumnCounts = (withoutURL: 57, withURL: 58)

    private static func index(_ name: String) -> Int { columns.firstIndex(of: name) ?? 0 }
    static let eventID = index("GLOBALEVENTID"), date = index("SQLDATE")
    static let actor1 = (code: index("Actor1Code"), name: index("Actor1Name"),
                         country: index("Actor1CountryCode"), type: index("Actor1Type1Code"))
    static let actor2 = (code: index("Actor2Code"), name: index("Actor2Name"),
                         country: index("Actor2CountryCode"), type: index("Actor2Type1Code"))
    static let eventCode = index("EventCode"), goldstein = index("GoldsteinScale")
    static let mentions = index("NumMentions")

    /// CAMEO actor type codes (Type1Code) and the actor kinds they stand for.
    static let kindOfType: [String: String] = [
        "GOV": ActorKind.agency, "MIL": ActorKind.agency, "COP": ActorKind.agency, "JUD": ActorKind.agency,
        "SPY": ActorKind.agency, "LEG": ActorKind.agency,
        "REB": ActorKind.armedGroup, "INS": ActorKind.armedGroup, "SEP": ActorKind.armedGroup, "UAF": ActorKind.armedGroup,
        "IGO": ActorKind.organization, "NGO": ActorKind.organization, "NGM": ActorKind.organization,
        "MNC": ActorKind.organization, "BUS": ActorKind.organization, "PTY": ActorKind.organization,
    ]

    /// The layout error for a line of `count` columns.
    static func columnCountMessage(_ count: Int) -> String {
        "found \(count) tab-separated columns; a GDELT 2.0 event record has \(columns.count), from GLOBALEVENTID to "
            + "SOURCEURL (a GDELT 1.0 one \(version1ColumnCounts.withoutURL), or \(version1ColumnCounts.withURL) with SOURCEURL)"
    }

    func parse(_ chunk: UnsafeRawBufferPointer, into table: inout EventChunkTable) -> Int {
        var starts = [Int](repeating: 0, count: Self.columns.count + 2)
        var ends = [Int](repeating: 0, count: Self.columns.count + 2)
        let scratch = LineScratch()
        var lastDate = (bytes: UInt64.max, day: Day(number: 0))
        return starts.withUnsafeMutableBufferPointer { starts in
            ends.withUnsafeMutableBufferPointer { ends in
                EventLines.forEach(in: chunk) { line, number in
                    guard !line.isEmpty else { return }
                    parseLine(line, number: number, starts: starts, ends: ends, scratch: scratch, lastDate: &lastDate,
                              into: &table)
                }
            }
        }
    }

    @inline(__always)
    private func parseLine(_ line: UnsafeRawBufferPointer, number: Int, starts: UnsafeMutableBufferPointer<Int>,
                           ends: UnsafeMutableBufferPointer<Int>, scratch: LineScratch,
                           lastDate: inout (bytes: UInt64, day: Day), into table: inout EventChunkTable) {
        let capacity = starts.count
        var fields = 1
        starts[0] = 0
        let base = line.baseAddress!
        var index = 0
        let count = line.count
        while index < count {
            if base.load(fromByteOffset: index, as: UInt8.self) == 0x09 {
                if fields < capacity {
                    ends[fields - 1] = index
                    starts[fields] = index + 1
                }
                fields += 1
            }
            index += 1
        }
        if fields <= capacity { ends[fields - 1] = count }
        let urlColumn: Int?
        switch fields {
        case Self.columns.count: urlColumn = Self.columns.count - 1
        case Self.version1ColumnCounts.withURL: urlColumn = Self.version1ColumnCounts.withURL - 1
        case Self.version1ColumnCounts.withoutURL: urlColumn = nil
        default:
            table.diagnostics.append((number, 1, Self.columnCountMessage(fields)))
            return
        }
        @inline(__always) func field(_ column: Int) -> UnsafeRawBufferPointer {
            var start = starts[column]
            var end = ends[column]
            while start < end, base.load(fromByteOffset: start, as: UInt8.self) == 0x20 { start += 1 }
            while end > start, base.load(fromByteOffset: end - 1, as: UInt8.self) == 0x20 { end -= 1 }
            return UnsafeRawBufferPointer(rebasing: line[start..<end])
        }
        func fail(_ column: Int, _ message: String) {
            table.diagnostics.append((number, EventLines.column(ofByte: starts[column], in: line), message))
        }
        func text(_ bytes: UnsafeRawBufferPointer) -> String { String(decoding: bytes, as: UTF8.self) }

        let dateField = field(Self.date)
        let day: Day
        if dateField.count == 8, let packed = Self.digits(dateField) {
            if packed == lastDate.bytes {
                day = lastDate.day
            } else if let parsed = Self.day(fromDigits: dateField) {
                day = parsed
                lastDate = (packed, parsed)
            } else {
                return fail(Self.date, "SQLDATE '\(text(dateField))' is not a date; expected YYYYMMDD")
            }
        } else {
            return fail(Self.date, "SQLDATE '\(text(dateField))' is not a date; expected YYYYMMDD")
        }
        var goldstein: Int32?
        let goldsteinField = field(Self.goldstein)
        if !goldsteinField.isEmpty {
            switch EventNumbers.thousandths(goldsteinField) {
            case let .value(value) where abs(value) <= 10_000: goldstein = Int32(value)
            case .value, .outOfRange:
                return fail(Self.goldstein, "GoldsteinScale '\(text(goldsteinField))' is outside the scale of -10 to 10")
            case .malformed:
                return fail(Self.goldstein, "GoldsteinScale '\(text(goldsteinField))' is not a number; expected -10 to 10")
            }
        }
        var mentions = 0
        let mentionsField = field(Self.mentions)
        if !mentionsField.isEmpty {
            switch EventNumbers.count(mentionsField, named: "NumMentions") {
            case let .success(value): mentions = value
            case let .failure(problem): return fail(Self.mentions, problem.message)
            }
        }
        let source = field(Self.actor1.code)
        let sourceName = field(Self.actor1.name)
        let target = field(Self.actor2.code)
        let targetName = field(Self.actor2.name)
        table.eventsRead += 1
        guard scratch.setActorID(0, code: source, name: sourceName), scratch.setActorID(1, code: target, name: targetName) else {
            table.withoutTwoActors += 1
            return
        }
        if table.minimumMentions > 0, mentions < table.minimumMentions {
            table.belowMinimumMentions += 1
            return
        }
        let sourceID = scratch.id(0)
        let targetID = scratch.id(1)
        if EventChunkTable.same(sourceID, targetID) {
            table.sameActorOnBothSides += 1
            return
        }
        let (code, kind) = table.kind(ofCode: field(Self.eventCode))
        guard kind >= 0 else { return }
        func party(_ id: UnsafeRawBufferPointer, code: UnsafeRawBufferPointer, name: UnsafeRawBufferPointer,
                   columns: (code: Int, name: Int, country: Int, type: Int)) -> Int32 {
            let number = table.actor(id: id) {
                let country = field(columns.country)
                return Self.kindOfType[text(field(columns.type))]
                    ?? (!country.isEmpty && EventChunkTable.same(code, country) ? ActorKind.state : ActorKind.unspecified)
            }
            table.countName(name.isEmpty ? code : name, of: number)
            return number
        }
        let sourceNumber = party(sourceID, code: source, name: sourceName, columns: Self.actor1)
        let targetNumber = party(targetID, code: target, name: targetName, columns: Self.actor2)
        let eventID = field(Self.eventID)
        let url = urlColumn.map(field) ?? UnsafeRawBufferPointer(start: nil, count: 0)
        if url.isEmpty, !eventID.isEmpty {
            let reference = Array("GDELT event \(text(eventID))".utf8)
            reference.withUnsafeBytes {
                table.addEvent(kind: kind, source: sourceNumber, target: targetNumber, sourceFirst: sourceID.bytesPrecede(targetID),
                               day: day, code: code, goldstein: goldstein, mentions: mentions, weight: 0, line: number,
                               citationID: eventID, reference: $0)
            }
        } else {
            table.addEvent(kind: kind, source: sourceNumber, target: targetNumber, sourceFirst: sourceID.bytesPrecede(targetID),
                           day: day, code: code, goldstein: goldstein, mentions: mentions, weight: 0, line: number,
                           citationID: eventID.isEmpty ? nil : eventID, reference: url)
        }
    }

    /// The eight bytes of `field` as one number when they are all digits, else nil.
    @inline(__always)
    static func digits(_ field: UnsafeRawBufferPointer) -> UInt64? {
        var packed: UInt64 = 0
        for byte in field {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            packed = packed << 8 | UInt64(byte)
        }
        return packed
    }

    /// The day of eight digits `YYYYMMDD`, or nil when there is no such day.
    static func day(fromDigits field: UnsafeRawBufferPointer) -> Day? {
        func number(_ range: Range<Int>) -> Int { range.reduce(0) { $0 * 10 + Int(field[$1] - 0x30) } }
        return Day(year: number(0..<4), month: number(4..<6), day: number(6..<8))
    }
}

/// The two actor ids of the line being read, in buffers kept from line to line.
final class LineScratch {
    private var buffers: [UnsafeMutableRawPointer]
    private var capacities = [256, 256]
    private var lengths = [0, 0]

    init() {
        buffers = capacities.map { UnsafeMutableRawPointer.allocate(byteCount: $0, alignment: 8) }
    }

    deinit {
        for buffer in buffers { buffer.deallocate() }
    }

    private func set(_ side: Int, _ bytes: some Collection<UInt8>, count: Int) {
        if count > capacities[side] {
            buffers[side].deallocate()
            capacities[side] = count * 2
            buffers[side] = .allocate(byteCount: count * 2, alignment: 8)
        }
        let buffer = UnsafeMutableRawBufferPointer(start: buffers[side], count: count)
        _ = buffer.initializeMemory(as: UInt8.self, from: bytes)
        lengths[side] = count
    }

    /// Sets actor `side`'s id: the CAMEO code lowercased, or the name in kebab case when the
    /// code is empty; false when neither gives an id.
    @inline(__always)
    func setActorID(_ side: Int, code: UnsafeRawBufferPointer, name: UnsafeRawBufferPointer) -> Bool {
        if !code.isEmpty {
            if code.allSatisfy({ $0 < 0x80 }) {
                set(side, code.lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, count: code.count)
            } else {
                let lowered = Array(String(decoding: code, as: UTF8.self).lowercased().utf8)
                set(side, lowered, count: lowered.count)
            }
            return true
        }
        guard let id = ActorIdentifier.kebabCase(String(decoding: name, as: UTF8.self)) else { return false }
        let bytes = Array(id.utf8)
        set(side, bytes, count: bytes.count)
        return true
    }

    /// Actor `side`'s id as set last; valid until it is set again.
    @inline(__always)
    func id(_ side: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: buffers[side], count: lengths[side])
    }
}
