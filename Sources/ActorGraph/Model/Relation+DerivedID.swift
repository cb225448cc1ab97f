extension Relation {
    /// Gives each relation whose id was not written in the file the id `source-kind-target`.
    ///
    /// When the same triple occurs again the later relations are numbered `-2`, `-3`, ...,
    /// skipping any id already taken by an explicit one, so derived ids stay stable when
    /// unrelated lines change. `explicit[i]` says whether `relations[i]` kept its own id;
    /// both arrays have the same length.
    ///
    /// ```swift
    /// Relation.assignDerivedIDs(&relations, explicit: relations.map { !$0.id.isEmpty })
    /// ```
    public static func assignDerivedIDs(_ relations: inout [Relation], explicit: [Bool]) {
        var used = Set(relations.indices.filter { explicit[$0] }.map { relations[$0].id })
        for index in relations.indices where !explicit[index] {
            let base = "\(relations[index].source)-\(relations[index].kind)-\(relations[index].target)"
            relations[index].id = used.insertFresh(base) { "\($0)-\($1)" }
        }
    }
}
