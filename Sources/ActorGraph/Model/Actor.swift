/// Someone or something that takes part in relations: a state, an armed group, an agency,
/// a person, a facility.
///
/// ```swift
/// let cia = Actor(id: "cia", name: "Central Intelligence Agency", kind: "agency", partOf: "united-states")
/// ```
public struct Actor: Hashable, Sendable, Identifiable {
    /// Stable identifier, unique within a graph (kebab-case in hand-written files).
    public var id: String
    /// Display name.
    public var name: String
    /// What sort of actor this is; see ``ActorKind`` for the built-in kinds. A file may use others.
    public var kind: String
    /// The actor this one belongs to or lies within (the CIA is part of the United States,
    /// an air base lies in a country), or nil.
    public var partOf: String?
    /// The bloc, camp or region the actor counts in for group analyses (brokerage roles
    /// between groups: "central-asia", "outside-powers"), or nil.
    public var group: String?
    /// Other names the actor goes by.
    public var aliases: [String]
    /// Free text.
    public var note: String?

    /// Creates an actor.
    public init(id: String, name: String? = nil, kind: String = ActorKind.unspecified,
                partOf: String? = nil, group: String? = nil, aliases: [String] = [], note: String? = nil) {
        self.id = id
        self.name = name ?? id
        self.kind = kind
        self.partOf = partOf
        self.group = group
        self.aliases = aliases
        self.note = note
    }
}

/// The built-in actor kinds. Actor kinds are open: a file may use any other kebab-case word.
public enum ActorKind {
    /// A sovereign state or its government.
    public static let state = "state"
    /// A non-state armed group.
    public static let armedGroup = "armed-group"
    /// A government agency (an intelligence service, a ministry, an army).
    public static let agency = "agency"
    /// An international or non-governmental organization.
    public static let organization = "organization"
    /// A person.
    public static let person = "person"
    /// A place with a function: an air base, a port.
    public static let facility = "facility"
    /// A region that is not a state.
    public static let region = "region"
    /// The kind given to actors created from bare ids (CSV edge lists).
    public static let unspecified = "actor"

    /// Every built-in kind, in the order legends list them.
    public static let builtIn = [state, armedGroup, agency, organization, person, facility, region, unspecified]
}
