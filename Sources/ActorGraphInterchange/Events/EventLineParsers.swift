import ActorGraph

/// What one line of an event file holds.
enum EventLine {
    /// A coded event.
    case event(CodedEvent)
    /// A header row, read for its column names.
    case header
    /// An event that does not name two actors (GDELT leaves one side empty for many).
    case withoutTwoActors
    /// A line that breaks the layout: the column where, and what was expected.
    case failure(column: Int, message: String)
}

/// Reads the lines of GDELT 2.0 event export files: 61 tab-separated columns, no header.
struct GDELTLineParser {
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

    private static func index(_ name: String) -> Int { columns.firstIndex(of: name) ?? 0 }
    private static let eventID = index("GLOBALEVENTID"), date = index("SQLDATE")
    private static let actor1 = (code: index("Actor1Code"), name: index("Actor1Name"),
                                 country: index("Actor1CountryCode"), type: index("Actor1Type1Code"))
    private static let actor2 = (code: index("Actor2Code"), name: index("Actor2Name"),
                                 country: index("Actor2CountryCode"), type: index("Actor2Type1Code"))
    private static let eventCode = index("EventCode"), goldstein = index("GoldsteinScale")
    private static let mentions = index("NumMentions"), sourceURL = index("SOURCEURL")

    /// CAMEO actor type codes (Type1Code) and the actor kinds they stand for.
    static let kindOfType: [String: String] = [
        "GOV": ActorKind.agency, "MIL": ActorKind.agency, "COP": ActorKind.agency, "JUD": ActorKind.agency,
        "SPY": ActorKind.agency, "LEG": ActorKind.agency,
        "REB": ActorKind.armedGroup, "INS": ActorKind.armedGroup, "SEP": ActorKind.armedGroup, "UAF": ActorKind.armedGroup,
        "IGO": ActorKind.organization, "NGO": ActorKind.organization, "NGM": ActorKind.organization,
        "MNC": ActorKind.organization, "BUS": ActorKind.organization, "PTY": ActorKind.organization,
    ]

    func parse(_ fields: TabSeparatedFields) -> EventLine {
        guard fields.count == Self.columns.count else {
            return .failure(column: 1, message: "found \(fields.count) tab-separated columns; a GDELT 2.0 event record "
                + "has \(Self.columns.count), from GLOBALEVENTID to SOURCEURL")
        }
        let dateText = fields.text(Self.date)
        guard let day = Self.day(fromYYYYMMDD: dateText) else {
            return .failure(column: fields.column(Self.date),
                            message: "SQLDATE '\(dateText)' is not a date; expected YYYYMMDD")
        }
        var goldstein: Double?
        if !fields.isEmpty(Self.goldstein) {
            let text = fields.text(Self.goldstein)
            guard let value = Double(text), value.isFinite else {
                return .failure(column: fields.column(Self.goldstein),
                                message: "GoldsteinScale '\(text)' is not a number; expected -10 to 10")
            }
            guard CodedEvent.goldsteinScale.contains(value) else {
                return .failure(column: fields.column(Self.goldstein),
                                message: "GoldsteinScale '\(text)' is outside the scale of -10 to 10")
            }
            goldstein = value
        }
        var mentions: Int?
        if !fields.isEmpty(Self.mentions) {
            let text = fields.text(Self.mentions)
            guard let value = Int(text), value >= 0 else {
                return .failure(column: fields.column(Self.mentions),
                                message: "NumMentions '\(text)' is not a count; expected a whole number")
            }
            guard value <= CodedEvent.maximumMentions else {
                return .failure(column: fields.column(Self.mentions),
                                message: "NumMentions '\(text)' is more than any real count (at most \(CodedEvent.maximumMentions))")
            }
            mentions = value
        }
        guard let source = party(fields, Self.actor1), let target = party(fields, Self.actor2) else {
            return .withoutTwoActors
        }
        let id = fields.text(Self.eventID)
        let url = fields.text(Self.sourceURL)
        return .event(CodedEvent(day: day, source: source, target: target, code: fields.text(Self.eventCode),
                                 goldstein: goldstein, mentions: mentions, citationID: id,
                                 citationReference: url.isEmpty ? "GDELT event \(id)" : url))
    }

    private func party(_ fields: TabSeparatedFields,
                       _ columns: (code: Int, name: Int, country: Int, type: Int)) -> CodedEvent.Party? {
        let code = fields.text(columns.code)
        let name = fields.text(columns.name)
        guard let id = code.isEmpty ? ActorIdentifier.kebabCase(name) : code.lowercased() else { return nil }
        let country = fields.text(columns.country)
        let kind = Self.kindOfType[fields.text(columns.type)]
            ?? (!country.isEmpty && code == country ? ActorKind.state : ActorKind.unspecified)
        return CodedEvent.Party(id: id, name: name.isEmpty ? code : name, kind: kind)
    }

    /// The day of `YYYYMMDD` text, or nil.
    static func day(fromYYYYMMDD text: String) -> Day? {
        guard text.utf8.count == 8, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
              let number = Int(text) else { return nil }
        return Day(year: number / 10_000, month: number / 100 % 100, day: number % 100)
    }
}

/// Reads the lines of ICEWS event files: tab-separated, the first row naming the columns.
struct ICEWSLineParser {
    /// The columns an ICEWS file must have.
    static let requiredColumns = ["Event Date", "Source Name", "Target Name", "CAMEO Code"]

    private var index: [String: Int] = [:]
    private var columnCount = 0

    /// Reads the header row; returns a failure when a required column is missing.
    mutating func parseHeader(_ fields: TabSeparatedFields) -> EventLine {
        for position in 0..<fields.count {
            index[fields.text(position).trimmingCharacters(in: .whitespaces)] = position
        }
        columnCount = fields.count
        let missing = Self.requiredColumns.filter { index[$0] == nil }
        if !missing.isEmpty {
            return .failure(column: 1, message: "the header names no \(missing.map { "'\($0)'" }.joined(separator: ", ")) "
                + "column; an ICEWS file starts with a row naming Event ID, Event Date, Source Name, ..., CAMEO Code, "
                + "Intensity, Target Name, ...")
        }
        return .header
    }

    func parse(_ fields: TabSeparatedFields) -> EventLine {
        guard fields.count == columnCount else {
            return .failure(column: 1, message: "found \(fields.count) tab-separated columns; the header names \(columnCount)")
        }
        func text(_ name: String) -> String { index[name].map { fields.text($0) } ?? "" }
        let dateText = text("Event Date")
        guard let date = try? PartialDate(parsing: dateText), date.precision == .day, date.qualifier == .none else {
            return .failure(column: index["Event Date"].map(fields.column) ?? 1,
                            message: "Event Date '\(dateText)' is not a date; expected YYYY-MM-DD")
        }
        var goldstein: Double?
        let intensity = text("Intensity")
        if !intensity.isEmpty {
            guard let value = Double(intensity), value.isFinite else {
                return .failure(column: index["Intensity"].map(fields.column) ?? 1,
                                message: "Intensity '\(intensity)' is not a number; expected -10 to 10")
            }
            guard CodedEvent.goldsteinScale.contains(value) else {
                return .failure(column: index["Intensity"].map(fields.column) ?? 1,
                                message: "Intensity '\(intensity)' is outside the scale of -10 to 10")
            }
            goldstein = value
        }
        guard let source = party(name: text("Source Name"), country: text("Source Country")),
              let target = party(name: text("Target Name"), country: text("Target Country")) else {
            return .withoutTwoActors
        }
        var citationID: String?
        var citationReference: String?
        let story = text("Story ID")
        let publisher = text("Publisher")
        if !story.isEmpty {
            citationID = "story-\(story)"
            citationReference = "ICEWS story \(story)" + (publisher.isEmpty ? "" : ", \(publisher)")
        } else if !text("Event ID").isEmpty {
            citationID = "event-\(text("Event ID"))"
            citationReference = "ICEWS event \(text("Event ID"))" + (publisher.isEmpty ? "" : ", \(publisher)")
        }
        return .event(CodedEvent(day: date.earliestDay, source: source, target: target,
                                 code: Self.normalizedCode(text("CAMEO Code")), goldstein: goldstein, mentions: nil,
                                 citationID: citationID, citationReference: citationReference))
    }

    private func party(name: String, country: String) -> CodedEvent.Party? {
        guard let id = ActorIdentifier.kebabCase(name) else { return nil }
        return CodedEvent.Party(id: id, name: name, kind: name == country ? ActorKind.state : ActorKind.unspecified)
    }

    /// The code with the leading zero some ICEWS releases drop (`43` -> `043`): CAMEO root
    /// categories run from 01 to 20, so a code whose first two digits exceed 20 lost one.
    static func normalizedCode(_ code: String) -> String {
        guard code.count >= 2, code.allSatisfy(\.isNumber), let root = Int(code.prefix(2)), root > 20 else { return code }
        return "0" + code
    }
}
