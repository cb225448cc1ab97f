import ActorGraph
import Foundation

/// Which relation kind an ACLED event becomes, by its `event_type` and `sub_event_type`:
/// an entry for the pair (`"Strategic developments: Arrests"`) wins over one for the event
/// type alone (`Battles`). Names are matched without regard to case.
///
/// The built-in table:
///
/// | ACLED event type (: sub-event type) | kind |
/// |---|---|
/// | Battles | fights |
/// | Explosions/Remote violence | attacks |
/// | Violence against civilians | attacks |
/// | Riots | clashes-with |
/// | Protests | clashes-with |
/// | Strategic developments: Agreement | agrees-with |
/// | Strategic developments: Arrests | arrests |
/// | Strategic developments: Looting/property destruction | loots |
/// | Strategic developments: Disrupted weapons use | disrupts-weapons-of |
/// | Strategic developments: Change to group/activity | changes-activity-with |
/// | Strategic developments: Headquarters or base established | establishes-base-with |
/// | Strategic developments: Non-violent transfer of territory | transfers-territory-with |
/// | Strategic developments: Other | other-development-with |
///
/// A riot or protest becomes a relation only when the event names a second actor (the
/// police who intervene, the rioters' targets): like every one-sided event, one without is
/// counted and left out. A mapping file overrides and extends the table, one entry a line:
///
/// ```yaml
/// Protests: null                                  # leave protests out
/// "Strategic developments: Arrests": detains      # a kind that is not built in
/// ```
public struct ACLEDMapping: Sendable {
    /// Lowercased `event type` or `event type: sub-event type` -> kind id, or nil for one
    /// left unmapped on purpose.
    public private(set) var table: [String: String?]

    /// ACLED's event types (ACLED Codebook, 2023 and later).
    public static let eventTypes = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests",
                                    "Riots", "Strategic developments"]

    /// The built-in table.
    public static let builtIn = ACLEDMapping(table: [
        "battles": "fights", "explosions/remote violence": "attacks", "violence against civilians": "attacks",
        "riots": "clashes-with", "protests": "clashes-with",
        "strategic developments: agreement": "agrees-with", "strategic developments: arrests": "arrests",
        "strategic developments: looting/property destruction": "loots",
        "strategic developments: disrupted weapons use": "disrupts-weapons-of",
        "strategic developments: change to group/activity": "changes-activity-with",
        "strategic developments: headquarters or base established": "establishes-base-with",
        "strategic developments: non-violent transfer of territory": "transfers-territory-with",
        "strategic developments: other": "other-development-with",
    ])

    /// The kinds of the built-in table that ActorGraph does not build in, declared by an
    /// import that uses them. Goldstein weights are those of the nearest CAMEO code (18
    /// assault, 145 violent protest or riot, 173 arrest, 1712 destroy property); kinds
    /// with no CAMEO counterpart weigh 0.
    public static let kinds: [RelationKind] = [
        RelationKind(id: "attacks", directed: true, tone: .conflictual, cameoCode: "18", goldstein: -9.0),
        RelationKind(id: "clashes-with", directed: false, tone: .conflictual, cameoCode: "145", goldstein: -7.5),
        RelationKind(id: "arrests", directed: true, tone: .conflictual, cameoCode: "173", goldstein: -5.0),
        RelationKind(id: "loots", directed: true, tone: .conflictual, cameoCode: "1712", goldstein: -9.2),
        RelationKind(id: "disrupts-weapons-of", directed: true, tone: .conflictual, goldstein: 0),
        RelationKind(id: "changes-activity-with", directed: false, tone: .neutral, goldstein: 0),
        RelationKind(id: "establishes-base-with", directed: false, tone: .neutral, goldstein: 0),
        RelationKind(id: "transfers-territory-with", directed: false, tone: .neutral, goldstein: 0),
        RelationKind(id: "other-development-with", directed: false, tone: .neutral, goldstein: 0),
    ]

    /// The kinds an ACLED import knows without declaring them anew: ActorGraph's and ``kinds``.
    static let knownKinds: [String: RelationKind] = RelationKind.builtIn.merging(kinds.map { ($0.id, $0) }) { $1 }

    /// Creates a mapping from a table whose keys are lowercased.
    public init(table: [String: String?]) {
        self.table = table
    }

    /// What separates an event type from its sub-event type in a code.
    static let separator = ": "

    /// The kind id of an event whose code is `event type: sub-event type`, or nil when unmapped.
    public func kind(forCode code: String) -> String? {
        let lowered = code.lowercased()
        if let entry = table[lowered] { return entry }
        guard let cut = lowered.range(of: Self.separator) else { return nil }
        return table[String(lowered[..<cut.lowerBound])] ?? nil
    }

    /// This mapping with the entries of `other` added, replacing those of the same key.
    public func overridden(by other: ACLEDMapping) -> ACLEDMapping {
        ACLEDMapping(table: table.merging(other.table) { _, new in new })
    }

    /// The declaration of `id`, a kind this mapping gives and ActorGraph does not build in:
    /// one of ``kinds``, or a directed kind of its own, conflictual unless every entry that
    /// gives it is a strategic development, with no Goldstein weight (0).
    func declaredKind(_ id: String) -> RelationKind {
        if let known = Self.knownKinds[id] { return known }
        let keys = table.filter { $0.value == id }.keys
        let neutral = !keys.isEmpty && keys.allSatisfy { $0.hasPrefix("strategic developments") }
        return RelationKind(id: id, directed: true, tone: neutral ? .neutral : .conflictual, goldstein: 0)
    }

    /// Reads a mapping file: a YAML mapping from ACLED event types, or `event type:
    /// sub-event type` pairs in quotes, to kind ids or `null`.
    public static func read(path: String) throws(LoadError) -> ACLEDMapping {
        let types = Set(eventTypes.map { $0.lowercased() })
        return ACLEDMapping(table: try EventMappingFile.read(
            path: path, expectedRoot: "a mapping from ACLED event types to relation kinds",
            expectedKey: "an ACLED event type (\(eventTypes.joined(separator: ", "))), or one of them, a colon and "
                + "a sub-event type in quotes, like \"Strategic developments: Arrests\"", example: "attacks") { written in
                let lowered = written.lowercased().trimmingCharacters(in: .whitespaces)
                let type = lowered.range(of: separator).map { String(lowered[..<$0.lowerBound]) } ?? lowered
                return types.contains(type) && !lowered.hasSuffix(separator.trimmingCharacters(in: .whitespaces)) ? lowered : nil
            })
    }
}
