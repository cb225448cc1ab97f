import ActorGraph

/// A published layout of coded event data that ``EventImporter`` reads.
public enum EventFormat: String, Sendable, CaseIterable {
    /// GDELT 2.0 event export files (`*.export.CSV`): tab-separated, no header, 61 columns
    /// from `GLOBALEVENTID` to `SOURCEURL`.
    case gdelt
    /// ICEWS coded event files: tab-separated with a header row naming `Event ID`,
    /// `Event Date`, `Source Name`, `Source Sectors`, `Source Country`, `Event Text`,
    /// `CAMEO Code`, `Intensity`, `Target Name`, ..., `Story ID`, `Publisher`, ...
    case icews

    /// What citation keys of this format start with: `gdelt-` and `icews-`.
    var citationPrefix: String { rawValue + "-" }

    /// The name used in messages.
    public var displayName: String {
        switch self {
        case .gdelt: return "GDELT 2.0"
        case .icews: return "ICEWS"
        }
    }
}

/// One coded event: who did what to whom, when, and where it was reported.
struct CodedEvent {
    /// The Goldstein scale of CAMEO events (GDELT's GoldsteinScale, ICEWS's Intensity).
    static let goldsteinScale: ClosedRange<Double> = -10...10
    /// More mentions than any article gets; a larger count is a broken row, and summing such
    /// counts over a run could overflow.
    static let maximumMentions = 2_147_483_647

    /// An actor as the event file names it.
    struct Party {
        var id: String
        var name: String
        var kind: String
    }

    var day: Day
    var source: Party
    var target: Party
    /// The CAMEO event code, leading zeros included (`046`, `0231`).
    var code: String
    /// The event's Goldstein score (GDELT `GoldsteinScale`, ICEWS `Intensity`).
    var goldstein: Double?
    /// How often the event was mentioned (GDELT `NumMentions`); nil for ICEWS.
    var mentions: Int?
    /// The event's citation key without the format's ``EventFormat/citationPrefix`` (kept
    /// short so that it is stored inline), and the reference it stands for (a source URL,
    /// a story).
    var citationID: String?
    var citationReference: String?
}
