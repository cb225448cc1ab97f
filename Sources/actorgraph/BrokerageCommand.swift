import ActorGraph
import ActorGraphAnalysis
import ArgumentParser
import Foundation

/// `actorgraph brokerage FILE --groups group|kind|partOf`: Gould and Fernandez's roles.
struct BrokerageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brokerage",
        abstract: "Gould and Fernandez's brokerage roles per actor, raw counts as R's sna::brokerage.",
        discussion: """
        Every two-path i -> j -> k without the arc i -> k makes j a broker: coordinator (all \
        three of one group), itinerant (i and k of one group, j of another), representative \
        (i and j of one group, k of another), gatekeeper (j and k of one group, i of another) \
        or liaison (three groups). Symmetric kinds count as arcs both ways. --groups group reads \
        each actor's group field (an actor without one takes the group of the actor it is part \
        of, and without either is a group of its own); partOf groups an actor with the outermost \
        actor it is part of.
        """)

    enum Format: String, OutputFormat {
        case table, csv, json

        static let standard = Format.table
    }

    @OptionGroup var input: GraphSelectionOptions

    @Option(help: "What makes a group: group (the actors' group field), kind or partOf.")
    var groups: BrokerageGrouping = .group

    @Flag(help: "Treat every relation as an edge both ways.")
    var undirected = false

    @Flag(name: .customLong("z-scores"), help: "Add z-scores against sna's null model (a random graph of the same density and group sizes).")
    var zScores = false

    @OptionGroup var destination: OutputOptions<Format>

    func run() throws {
        let selected = try input.load(writingTo: destination.output)
        let (graph, span, snapshot) = (selected.graph, selected.span, selected.snapshot())
        let compact = CompactGraph(snapshot: snapshot, options: CompactGraphOptions(direction: undirected ? .undirected : .directed))
        let grouping = groups.groups(of: compact, in: graph)
        let names = grouping.numbers.map { grouping.names[$0] }
        let roles = compact.brokerage(groups: grouping.numbers)
        let scores = zScores ? roles.zScores : nil
        switch destination.format {
        case .json:
            var members = SpanText.jsonMembers(span)
            members.append(("groups", .string(groups.rawValue)))
            members.append(("actors", .object(compact.labels.indices.map { node in
                var fields: [(String, JSONValue)] = [("group", .string(names[node]))]
                fields += BrokerageRole.allCases.map { ($0.rawValue, .integer(roles.counts[node][$0] ?? 0)) }
                if let scores {
                    fields.append(("z", .object(BrokerageRole.allCases.map { role in
                        (role.rawValue, (scores[node][role] ?? nil).map(JSONValue.number) ?? .null)
                    })))
                }
                return (compact.labels[node], .object(fields))
            })))
            try emit(JSONValue.object(members).serialized(pretty: true) + "\n", to: destination.output)
        case .csv:
            var header = ["actor", "group"] + BrokerageRole.allCases.map(\.rawValue)
            if scores != nil { header += BrokerageRole.allCases.map { "z-\($0.rawValue)" } }
            var text = CSVField.row(header)
            for node in compact.labels.indices {
                var row = [compact.labels[node], names[node]] + BrokerageRole.allCases.map { "\(roles.counts[node][$0] ?? 0)" }
                if let scores { row += BrokerageRole.allCases.map { role in (scores[node][role] ?? nil).map { "\($0)" } ?? "" } }
                text += CSVField.row(row)
            }
            try emit(text, to: destination.output)
        case .table:
            try emit(tableText(graph: graph, compact: compact, names: names, roles: roles, scores: scores, span: span),
                     to: destination.output)
        }
    }

    private func tableText(graph: TemporalGraph, compact: CompactGraph, names: [String], roles: BrokerageRoles,
                           scores: [[BrokerageRole: Double?]]?, span: DaySpan?) -> String {
        var text = "# \(graph.title ?? input.file)\(SpanText.phrase(span)): brokerage roles by \(groups.rawValue)"
            + " (\(compact.nodeCount) actors, \(compact.edgeCount) arcs)\n"
        let order = compact.labels.indices.sorted { left, right in
            let (a, b) = (roles.counts[left][.total] ?? 0, roles.counts[right][.total] ?? 0)
            return a != b ? a > b : left < right
        }
        let labelWidth = max(5, compact.labels.map(\.count).max() ?? 0)
        let groupWidth = max(5, names.map(\.count).max() ?? 0)
        text += "actor".padding(toLength: labelWidth, withPad: " ", startingAt: 0) + "  "
            + "group".padding(toLength: groupWidth, withPad: " ", startingAt: 0)
        for role in BrokerageRole.allCases { text += "  " + CentralityReport.rightAligned(role.rawValue, 14) }
        text += "\n"
        for node in order {
            text += compact.labels[node].padding(toLength: labelWidth, withPad: " ", startingAt: 0) + "  "
                + names[node].padding(toLength: groupWidth, withPad: " ", startingAt: 0)
            for role in BrokerageRole.allCases {
                var cell = "\(roles.counts[node][role] ?? 0)"
                if let scores { cell += " (" + ((scores[node][role] ?? nil).map { String(format: "%+.2f", $0) } ?? "-") + ")" }
                text += "  " + CentralityReport.rightAligned(cell, 14)
            }
            text += "\n"
        }
        if scores != nil { text += "# in parentheses: z-scores against sna's null model\n" }
        return text
    }
}

extension BrokerageGrouping: ExpressibleByArgument {}
