import ActorGraph
import ActorGraphAnalysis
import ArgumentParser
import Foundation

/// `actorgraph reach FILE --from ACTOR --start DATE`: who could have been reached, and who
/// certainly was, along relations in the order they held.
struct ReachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reach",
        abstract: "Earliest arrival from an actor along time-respecting paths, possibly and certainly.",
        discussion: """
        A relation carries from its source to its target (both ways for symmetric kinds) on any \
        day on which it is active, no earlier than the day its source was reached; several \
        relations may follow each other on one day. The table shows when each actor could have \
        been reached (relations possibly active, given imprecise dates) beside when it was \
        certainly reached (relations certainly active); JSON gives the first, or the second \
        with --certain. --max-wait bounds how long a path may wait at an actor before moving on.
        """)

    enum Format: String, OutputFormat {
        case table, csv, json

        static let standard = Format.table
    }

    @OptionGroup var input: GraphFileOptions

    @Option(name: .customLong("from"), help: "The actor the paths start from (its id).")
    var source: String

    @Option(help: "The first day a path may leave the actor, an EDTF date (a month or year means its first day).")
    var start: PartialDate

    @Option(help: "The last day a relation may carry, an EDTF date (a month or year means its last day).")
    var until: PartialDate?

    @Option(name: .customLong("max-wait"), help: ArgumentHelp("The longest stay at an actor, in days (30d) or weeks (4w).", valueName: "Nd|Nw"))
    var maxWait: DayGap?

    @OptionGroup var selection: RelationSelectionOptions

    @OptionGroup var destination: OutputOptions<Format>

    func run() throws {
        try InputProtection.check(output: destination.output, graph: input.file)
        let startDay = start.earliestDay
        let untilDay = until?.latestDay
        if let untilDay, untilDay < startDay { throw ValidationError("--until \(until!) is before --start \(start)") }
        let graph = try input.load()
        guard let origin = graph.actorPosition[source] else {
            throw ValidationError("--from: unknown actor '\(source)'")
        }
        var filter = try selection.filter(for: graph)
        func arrivals(_ certainty: Certainty) -> [Day?] {
            filter.certainty = certainty
            return graph.earliestArrivals(from: Int(origin), start: startDay, until: untilDay, maxWait: maxWait?.days,
                                          filter: filter)
        }
        let chosen = selection.certain ? Certainty.certainly : .possibly
        switch destination.format {
        case .json:
            let days = arrivals(chosen)
            var members: [(String, JSONValue)] = [("from", .string(source)), ("start", .string(startDay.description)),
                                                  ("until", .optional(untilDay?.description)),
                                                  ("certainty", .string(chosen.rawValue)),
                                                  ("maxWait", maxWait.map { .integer($0.days) } ?? .null)]
            members.append(("arrivals", .object(graph.actors.indices.map { position in
                (graph.actors[position].id, .optional(days[position]?.description))
            })))
            try emit(JSONValue.object(members).serialized(pretty: true) + "\n", to: destination.output)
        case .csv, .table:
            let possibly = arrivals(.possibly)
            let certainly = arrivals(.certainly)
            let order = graph.actors.indices.sorted { left, right in
                let (a, b) = (possibly[left]?.number ?? .max, possibly[right]?.number ?? .max)
                if a != b { return a < b }
                let (c, d) = (certainly[left]?.number ?? .max, certainly[right]?.number ?? .max)
                return c != d ? c < d : left < right
            }
            if destination.format == .csv {
                var text = CSVField.row(["actor", "name", "possibly", "certainly"])
                for position in order {
                    let actor = graph.actors[position]
                    text += CSVField.row([actor.id, actor.name, possibly[position]?.description ?? "",
                                          certainly[position]?.description ?? ""])
                }
                try emit(text, to: destination.output)
                return
            }
            var text = "# \(graph.title ?? input.file): reach from \(source) from \(startDay)"
                + (untilDay.map { " until \($0)" } ?? "") + (maxWait.map { ", waiting at most \($0.days) days" } ?? "") + "\n"
            let width = max(5, graph.actors.map(\.id.count).max() ?? 0)
            text += "actor".padding(toLength: width, withPad: " ", startingAt: 0) + "  could have reached by  certainly reached by\n"
            for position in order {
                let actor = graph.actors[position]
                text += actor.id.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                    + (possibly[position]?.description ?? "never").padding(toLength: 20, withPad: " ", startingAt: 0) + "  "
                    + (certainly[position]?.description ?? "never") + "\n"
            }
            try emit(text, to: destination.output)
        }
    }
}
