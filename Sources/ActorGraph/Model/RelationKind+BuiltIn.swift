extension RelationKind {
    /// The vocabulary every graph starts with. CAMEO codes and Goldstein weights follow the
    /// CAMEO codebook (Schrodt 2012) and Goldstein (1992).
    public static let builtInKinds: [RelationKind] = [
        RelationKind(id: "supports", directed: true, tone: .cooperative, cameoCode: "07", goldstein: 7.0),
        RelationKind(id: "allows-basing", directed: true, tone: .cooperative, cameoCode: "062", goldstein: 7.4),
        RelationKind(id: "negotiates-with", directed: false, tone: .cooperative, cameoCode: "046", goldstein: 7.0),
        RelationKind(id: "agrees-with", directed: false, tone: .cooperative, cameoCode: "057", goldstein: 8.0),
        RelationKind(id: "cooperates-with", directed: false, tone: .cooperative, cameoCode: "06", goldstein: 6.0),
        RelationKind(id: "consults", directed: true, tone: .neutral, cameoCode: "04", goldstein: 1.0),
        RelationKind(id: "briefs", directed: true, tone: .cooperative, cameoCode: "06", goldstein: 6.0),
        RelationKind(id: "denies-airspace", directed: true, tone: .conflictual, cameoCode: "1212", goldstein: -4.0),
        RelationKind(id: "criticizes", directed: true, tone: .conflictual, cameoCode: "111", goldstein: -2.0),
        RelationKind(id: "opposes", directed: true, tone: .conflictual, cameoCode: "12", goldstein: -4.0),
        RelationKind(id: "fights", directed: false, tone: .conflictual, cameoCode: "19", goldstein: -10.0),
        RelationKind(id: "related-to", label: "related to", directed: true, tone: .neutral, cameoCode: nil, goldstein: 0.0),
    ]

    /// The kind given to relations of an edge list that names no kind.
    public static let defaultKindID = "related-to"

    /// The built-in vocabulary by id.
    public static let builtIn: [String: RelationKind] = Dictionary(
        uniqueKeysWithValues: builtInKinds.map { ($0.id, $0) })
}
