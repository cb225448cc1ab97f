import ActorGraph

/// Which relation kind a CAMEO event code becomes: a table from code prefixes to kind ids,
/// where the longest prefix matching a code wins.
///
/// The built-in table follows the CAMEO codebook's root categories (Schrodt 2012):
///
/// | prefix | CAMEO | kind |
/// |---|---|---|
/// | `04` | consult | consults |
/// | `046` | engage in negotiation | negotiates-with |
/// | `05` | engage in diplomatic cooperation | cooperates-with |
/// | `057` | sign formal agreement | agrees-with |
/// | `06` | engage in material cooperation | cooperates-with |
/// | `07` | provide aid | supports |
/// | `11` | disapprove | criticizes |
/// | `12` | reject | opposes |
/// | `13` | threaten | opposes |
/// | `14` | protest | opposes |
/// | `15` | exhibit force posture | opposes |
/// | `16` | reduce relations | opposes |
/// | `17` | coerce | opposes |
/// | `18` | assault | fights |
/// | `19` | fight | fights |
/// | `20` | use unconventional mass violence | fights |
///
/// Statements (`01`), appeals (`02`), intents (`03`), yielding (`08`), investigations (`09`)
/// and demands (`10`) stay unmapped: they say little about a lasting relation. The importer
/// counts and reports unmapped codes.
///
/// A mapping file overrides and extends the table. It is YAML, one code prefix per line:
///
/// ```yaml
/// "0874": allows-basing   # a more specific prefix
/// "03": pledges           # a kind that is not built in is declared by the import
/// "14": null              # leave protests unmapped
/// ```
public struct CAMEOMapping: Sendable {
    /// Code prefix -> kind id, or nil for a prefix left unmapped on purpose.
    public private(set) var table: [String: String?]

    /// The built-in table.
    public static let builtIn = CAMEOMapping(table: [
        "04": "consults", "046": "negotiates-with", "05": "cooperates-with", "057": "agrees-with",
        "06": "cooperates-with", "07": "supports", "11": "criticizes", "12": "opposes", "13": "opposes",
        "14": "opposes", "15": "opposes", "16": "opposes", "17": "opposes", "18": "fights", "19": "fights",
        "20": "fights",
    ])

    /// Creates a mapping from a table.
    public init(table: [String: String?]) {
        self.table = table
    }

    /// The kind id of `code`, or nil when it is unmapped.
    public func kind(forCode code: String) -> String? {
        var prefix = Substring(code)
        while !prefix.isEmpty {
            if let entry = table[String(prefix)] { return entry }
            prefix = prefix.dropLast()
        }
        return nil
    }

    /// This mapping with the entries of `other` added, replacing those of the same prefix.
    public func overridden(by other: CAMEOMapping) -> CAMEOMapping {
        CAMEOMapping(table: table.merging(other.table) { _, new in new })
    }

    /// Reads a mapping file: a YAML mapping from code prefixes (1 to 4 digits, quoted so
    /// that YAML keeps leading zeros) to kind ids or `null`.
    public static func read(path: String) throws(LoadError) -> CAMEOMapping {
        CAMEOMapping(table: try EventMappingFile.read(
            path: path, expectedRoot: "a mapping from CAMEO code prefixes to relation kinds",
            expectedKey: "a CAMEO code prefix of 1 to 4 digits in quotes, like \"046\"", example: "negotiates-with") { prefix in
                (1...4).contains(prefix.count) && prefix.allSatisfy({ $0.isASCII && $0.isNumber }) ? prefix : nil
            })
    }

    /// The kind `id` that this mapping introduces (one not built in), as an import declares
    /// it: directed, its CAMEO code the shortest prefix that maps to it, its tone from that
    /// code's root, and Goldstein weight `goldstein`.
    public func declaredKind(_ id: String, goldstein: Double) -> RelationKind {
        let prefixes = table.filter { $0.value == id }.keys.sorted { ($0.count, $0) < ($1.count, $1) }
        return RelationKind(id: id, directed: true, tone: Self.tone(ofCAMEOPrefix: prefixes.first ?? ""),
                            cameoCode: prefixes.first, goldstein: goldstein)
    }

    /// The tone of a kind the mapping file introduces, from the CAMEO root of its code:
    /// statements and appeals (01, 02) neutral, 03 to 09 cooperative, 10 to 20 conflictual.
    static func tone(ofCAMEOPrefix prefix: String) -> Tone {
        guard prefix.count >= 2, let root = Int(prefix.prefix(2)) else { return .neutral }
        switch root {
        case 3...9: return .cooperative
        case 10...20: return .conflictual
        default: return .neutral
        }
    }
}
