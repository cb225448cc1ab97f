import ActorGraph

extension InfluenceReport {
    /// The blocs, balance and brokers of the report's day, if it is one.
    public func blocs(on day: Day) -> BlocTimeline.DayBlocs? {
        blocTimeline.days.first { $0.day == day }
    }

    /// `communities`, `balance` and `brokers` for a date of the JSON form.
    func blocJSONMembers(for day: Day) -> [(String, JSONValue)] {
        guard let entry = blocs(on: day) else { return [] }
        return [
            ("communities", .object([
                ("blocs", .array(entry.blocs.map { bloc in
                    .object([("name", .string(bloc.name)), ("members", .array(bloc.members.map(JSONValue.string)))])
                })),
                ("modularity", .number(entry.modularity)),
                ("splits", .array(entry.splits.map { split in
                    .object([("bloc", .string(split.bloc)), ("into", .array(split.into.map(JSONValue.string)))])
                })),
                ("merges", .array(entry.merges.map { merge in
                    .object([("bloc", .string(merge.bloc)), ("from", .array(merge.from.map(JSONValue.string)))])
                })),
                ("movers", .array(entry.movers.map { mover in
                    .object([("actor", .string(mover.actor)), ("from", .string(mover.from)), ("to", .string(mover.to))])
                })),
            ])),
            ("balance", entry.balance.jsonValue),
            ("brokers", .object(BrokerageRole.allCases.map { role in
                (role.rawValue, .array((entry.brokers[role] ?? []).map { broker in
                    .object([("actor", .string(broker.actor)), ("count", .integer(broker.count))])
                }))
            })),
        ]
    }

    /// Sentences on blocs and balance for the highlights of the day at `index`.
    func blocSentences(_ index: Int) -> [String] {
        guard index < periods.count, let entry = blocs(on: periods[index].day) else { return [] }
        var sentences: [String] = []
        let camps = entry.balance.sides.map { $0.map(name(of:)) }
        if index == 0 {
            let blocs = entry.blocs.filter { $0.members.count > 1 }
            if !blocs.isEmpty {
                sentences.append("Blocs: " + Self.list(blocs.map { "\($0.name) (\(Self.list($0.members.map(name(of:)), limit: 6)))" })
                                 + ".")
            }
            if entry.balance.pairCount > 0 {
                sentences.append(balanceSentence(entry.balance) + ". Camps: " + Self.list(camps[0], limit: 8) + " against "
                                 + Self.list(camps[1], limit: 8) + ".")
            }
            return sentences
        }
        for split in entry.splits {
            sentences.append("\(split.bloc) splits into \(Self.list(split.into)).")
        }
        for merge in entry.merges {
            sentences.append("\(Self.list(merge.from)) merge into \(merge.bloc).")
        }
        for mover in entry.movers.prefix(5) {
            sentences.append("\(name(of: mover.actor)) moves from \(mover.from) to \(mover.to).")
        }
        guard let previous = blocs(on: periods[index - 1].day) else { return sentences }
        let before = previous.balance
        let now = entry.balance
        if now.unbalancedTriangles != before.unbalancedTriangles || now.frustration != before.frustration {
            sentences.append(balanceSentence(now) + " (before: \(before.unbalancedTriangles) unbalanced, frustration \(before.frustration)).")
        }
        if !entry.campChanges.isEmpty && now.pairCount > 0 {
            sentences.append("Changing camp: " + Self.list(entry.campChanges.map(name(of:)), limit: 6)
                             + ". Camps now: " + Self.list(camps[0], limit: 8) + " against " + Self.list(camps[1], limit: 8) + ".")
        }
        return sentences
    }

    private func balanceSentence(_ balance: StructuralBalance) -> String {
        let bound = balance.isExact ? "" : " at most"
        return "Balance: \(balance.balancedTriangles) balanced and \(balance.unbalancedTriangles) unbalanced triangles, "
            + "frustration\(bound) \(balance.frustration) of \(balance.pairCount) signed pairs"
    }

    /// The Markdown lines of a date's blocs, balance and brokers.
    func blocMarkdown(for day: Day) -> String {
        guard let entry = blocs(on: day) else { return "" }
        var text = "\n**Blocs** (modularity \(Self.short(entry.modularity)))\n\n"
        for bloc in entry.blocs {
            text += "- \(Self.markdownEscaped(bloc.name)): " + bloc.members.map { Self.markdownEscaped(name(of: $0)) }.joined(separator: ", ") + "\n"
        }
        let balance = entry.balance
        text += "\n**Balance**: \(balance.balancedTriangles) balanced, \(balance.unbalancedTriangles) unbalanced triangles; "
            + "frustration \(balance.isExact ? "" : "at most ")\(balance.frustration) of \(balance.pairCount) signed pairs"
        if balance.pairCount > 0 {
            text += "; camps: " + balance.sides[0].map { Self.markdownEscaped(name(of: $0)) }.joined(separator: ", ")
                + " against " + balance.sides[1].map { Self.markdownEscaped(name(of: $0)) }.joined(separator: ", ")
        }
        text += ".\n"
        let roles = BrokerageRole.allCases.filter { $0 != .total && !(entry.brokers[$0] ?? []).isEmpty }
        if !roles.isEmpty {
            text += "\n**Brokers by role** (groups: the actors' `group`)\n\n"
            for role in roles {
                text += "- \(role.rawValue): " + (entry.brokers[role] ?? []).map { "\(Self.markdownEscaped(name(of: $0.actor))) \($0.count)" }
                    .joined(separator: ", ") + "\n"
            }
        }
        return text
    }
}

extension InfluenceReport {
    /// The values the HTML template shows for a date's blocs, balance and brokers (escaped by
    /// the template), or nil when the date has none.
    func blocValues(for day: Day) -> [String: Any]? {
        guard let entry = blocs(on: day) else { return nil }
        let balance = entry.balance
        var values: [String: Any] = [
            "modularity": Self.short(entry.modularity),
            "list": entry.blocs.map { ["name": $0.name, "members": $0.members.map(name(of:)).joined(separator: ", ")] },
            "balance": "\(balance.balancedTriangles) balanced, \(balance.unbalancedTriangles) unbalanced triangles; frustration "
                + "\(balance.isExact ? "" : "at most ")\(balance.frustration) of \(balance.pairCount) signed pairs",
        ]
        if balance.pairCount > 0 {
            values["camps"] = ["first": balance.sides[0].map(name(of:)).joined(separator: ", "),
                               "second": balance.sides[1].map(name(of:)).joined(separator: ", ")]
        }
        let roles = BrokerageRole.allCases.filter { $0 != .total && !(entry.brokers[$0] ?? []).isEmpty }
        if !roles.isEmpty {
            values["brokers"] = ["roles": roles.map { role in
                ["role": role.rawValue,
                 "actors": (entry.brokers[role] ?? []).map { "\(name(of: $0.actor)) \($0.count)" }.joined(separator: ", ")]
            }]
        }
        return values
    }
}
