import ActorGraph

/// A published layout of coded event data that ``EventImporter`` reads.
public enum EventFormat: String, Sendable, CaseIterable {
    /// GDELT event files, tab-separated without a header: GDELT 2.0 event exports
    /// (`*.export.CSV`, 61 columns from `GLOBALEVENTID` to `SOURCEURL`) and GDELT 1.0 daily
    /// files (57 columns, or 58 with `SOURCEURL`), told apart line by line.
    case gdelt
    /// ICEWS coded event files: tab-separated with a header row naming `Event ID`,
    /// `Event Date`, `Source Name`, `Source Sectors`, `Source Country`, `Event Text`,
    /// `CAMEO Code`, `Intensity`, `Target Name`, ..., `Story ID`, `Publisher`, ...
    case icews
    /// ACLED exports: comma-separated with a header row naming `event_id_cnty`,
    /// `event_date`, `year`, `time_precision`, `disorder_type`, `event_type`,
    /// `sub_event_type`, `actor1`, `assoc_actor_1`, `inter1`, `actor2`, ..., `source`,
    /// `notes`, `fatalities`, ...; quoted fields may hold commas and line ends.
    case acled

    /// What citation keys of this format start with: `gdelt-` and `icews-`.
    var citationPrefix: String { rawValue + "-" }

    /// The name used in messages.
    public var displayName: String {
        switch self {
        case .gdelt: return "GDELT"
        case .icews: return "ICEWS"
        case .acled: return "ACLED"
        }
    }

    /// Whether a line end inside double quotes belongs to a field (CSV layouts).
    var isQuoted: Bool { self == .acled }

    /// The parser of a part without a header row, or nil when the format has one.
    var headerlessParser: (any EventChunkParser)? {
        switch self {
        case .gdelt: return GDELTChunkParser()
        case .icews, .acled: return nil
        }
    }

    /// The parser made from a part's first line, or nil when the format has no header row.
    func parser(header: UnsafeRawBufferPointer) -> Result<any EventChunkParser, EventHeaderFailure>? {
        switch self {
        case .gdelt: return nil
        case .icews: return ICEWSChunkParser.reading(header: header).map { $0 }
        case .acled: return ACLEDChunkParser.reading(header: header).map { $0 }
        }
    }
}

/// Reads the records of one chunk of an event file into a chunk table.
protocol EventChunkParser: Sendable {
    /// Reads `chunk` (whole lines) into `table`; returns the number of lines in it.
    func parse(_ chunk: UnsafeRawBufferPointer, into table: inout EventChunkTable) -> Int
}
