import ActorGraph

extension NodeTable {
    /// The node table of every actor of `graph`.
    public static func text(_ graph: TemporalGraph) -> String {
        var text = CSVField.row(columns)
        for actor in graph.actors {
            text += CSVField.row([actor.id, actor.name, actor.kind, actor.partOf ?? "", actor.group ?? "",
                                  actor.aliases.isEmpty ? "" : ListText.encode(actor.aliases), actor.note ?? ""])
        }
        return text
    }
}
