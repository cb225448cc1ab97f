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
    /// The HTML of a date's blocs, balance and brokers, every text escaped.
    func blocHTML(for day: Day) -> String {
        guard let entry = blocs(on: day) else { return "" }
        func escape(_ text: String) -> String { MarkupText.escaped(text) }
        var html = "<h4>Blocs <small>modularity \(Self.short(entry.modularity))</small></h4>\n<ul class=\"blocs\">\n"
        for bloc in entry.blocs {
            html += "<li><strong>\(escape(bloc.name))</strong>: " + bloc.members.map { escape(name(of: $0)) }.joined(separator: ", ")
                + "</li>\n"
        }
        html += "</ul>\n"
        let balance = entry.balance
        let bound = balance.isExact ? "" : "at most "
        html += "<h4>Balance</h4>\n<p class=\"balance\">\(balance.balancedTriangles) balanced, \(balance.unbalancedTriangles) "
        html += "unbalanced triangles; frustration \(bound)\(balance.frustration) of \(balance.pairCount) signed pairs"
        if balance.pairCount > 0 {
            html += "<br>camps: " + balance.sides[0].map { escape(name(of: $0)) }.joined(separator: ", ") + " <em>against</em> "
                + balance.sides[1].map { escape(name(of: $0)) }.joined(separator: ", ")
        }
        html += "</p>\n"
        let roles = BrokerageRole.allCases.filter { $0 != .total && !(entry.brokers[$0] ?? []).isEmpty }
        if !roles.isEmpty {
            html += "<h4>Brokers by role</h4>\n<table class=\"movers brokers\">\n<tbody>\n"
            for role in roles {
                let cells: [String] = (entry.brokers[role] ?? []).map { broker in
                    "\(escape(name(of: broker.actor))) <span class=\"score\">\(broker.count)</span>"
                }
                html += "<tr><th>\(escape(role.rawValue))</th><td>" + cells.joined(separator: ", ") + "</td></tr>\n"
            }
            html += "</tbody>\n</table>\n"
        }
        return html
    }
}
