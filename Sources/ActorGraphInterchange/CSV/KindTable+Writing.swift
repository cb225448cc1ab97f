import ActorGraph

extension KindTable {
    /// The kind table of the kinds `graph` declares.
    public static func text(_ graph: TemporalGraph) -> String {
        var text = CSVField.row(columns)
        for kind in graph.declaredKinds {
            text += CSVField.row([kind.id, kind.label, kind.directed ? "true" : "false", kind.tone.rawValue,
                                  kind.cameoCode ?? "", InterchangeAttributes.numberText(kind.goldstein)])
        }
        return text
    }
}
