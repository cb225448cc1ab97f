import ActorGraph
import Mustache

extension InfluenceReport {
    /// Draws the diagram of one day for the HTML report: SVG markup (an `<svg>` element), or nil
    /// for none. It receives the period, whose scores can size the nodes.
    public typealias DiagramRenderer = (Period) -> String?

    /// The report as one self-contained HTML page that works offline: highlights, an SVG line
    /// chart per measure of the leading actors' scores over time, then a section per day with
    /// its leaders, movers, relations that began and ended (with citations, at most
    /// ``listedRelationLimit`` of each) and, when `diagram` is given, the day's diagram.
    ///
    /// The page is `Resources/report.mustache` (with its `mover` partial and `report.css`),
    /// which escapes every value; only the charts' and diagrams' SVG markup goes in as it is.
    public func html(diagram: DiagramRenderer? = nil) -> String {
        var values: [String: Any] = [
            "title": "Influence report: \(graph.title ?? "graph")",
            "overview": overview(),
            "styleSheet": Self.styleSheet,
            "highlights": highlights().map { highlight -> [String: Any] in
                ["day": highlight.day.description,
                 "sentences": Self.separated(highlight.sentences.map { ["text": $0] }, by: " ")]
            },
            "charts": chartValues(),
            "periods": periods.indices.map { index in
                periodValues(periods[index], previous: index > 0 ? periods[index - 1] : nil, diagram: diagram)
            },
        ]
        if let description = graph.description { values["description"] = description }
        return Self.pages.render(values, withTemplate: "report") ?? ""
    }

    /// The report page and its partials, read once from this module's resources. They are files
    /// of this module, checked by the tests: `try!` cannot meet user input.
    private static let pages: MustacheLibrary = {
        var library = MustacheLibrary()
        for name in ["report", "mover"] {
            try! library.register(PageResource.text(name, extension: "mustache", in: .module), named: name)
        }
        return library
    }()

    private static let styleSheet = PageResource.text("report", extension: "css", in: .module)

    /// `elements`, each with the text that goes before it: nothing before the first, `separator` before the others.
    static func separated(_ elements: [[String: Any]], by separator: String) -> [[String: Any]] {
        elements.enumerated().map { index, element in element.merging(["separator": index == 0 ? "" : separator]) { $1 } }
    }

    private func chartValues() -> [[String: Any]] {
        let dateLabels = periods.map { "\($0.day)" }
        return options.measures.compactMap { measure in
            let actors = chartedActors(measure)
            guard !actors.isEmpty else { return nil }
            let chart = ScoreLineChart(
                title: "\(measure.title): top \(actors.count) actors",
                dates: dateLabels,
                series: actors.map { actor in
                    ScoreLineChart.Series(name: name(of: actor), values: periods.map { $0.score(measure, of: actor) })
                })
            return ["svg": chart.svg()]
        }
    }

    private func periodValues(_ period: Period, previous: Period?, diagram: DiagramRenderer?) -> [String: Any] {
        var values: [String: Any] = ["day": period.day.description, "actorCount": period.actorCount,
                                     "edgeCount": period.edgeCount]
        let measures = options.measures.filter { period.scores.values[$0] != nil }
        if !measures.isEmpty && period.actorCount > 0 {
            let leadersByMeasure = measures.map { period.leaders($0, count: options.top) }
            let rows = (0..<min(options.top, period.actorCount)).map { position -> [String: Any] in
                let cells = zip(measures, leadersByMeasure).map { measure, leaders -> [String: Any] in
                    guard position < leaders.count, let scores = period.scores.values[measure] else { return [:] }
                    let node = leaders[position]
                    let actor = period.scores.labels[node]
                    var cell: [String: Any] = ["name": name(of: actor), "score": InfluenceReport.short(scores[node])]
                    if let badge = rankBadge(measure, actor: actor, period: period, previous: previous) { cell["badge"] = badge }
                    return ["actor": cell]
                }
                return ["position": position + 1, "cells": cells]
            }
            values["leaders"] = ["measureTitles": measures.map(\.title), "rows": rows]
        }
        let moverRows = options.measures.compactMap { measure -> [String: Any]? in
            let risers = (period.risers[measure] ?? []).map { moverValues($0, className: "up") }
            let fallers = (period.fallers[measure] ?? []).map { moverValues($0, className: "down") }
            if risers.isEmpty && fallers.isEmpty { return nil }
            return ["measure": measure.title, "risers": Self.separated(risers, by: ", "),
                    "fallers": Self.separated(fallers, by: ", ")]
        }
        if !moverRows.isEmpty { values["movers"] = ["rows": moverRows] }
        values["failures"] = options.measures.compactMap { measure in
            period.scores.failures[measure].map { ["measure": measure.title, "message": $0.description] }
        }
        if let blocs = blocValues(for: period.day) { values["blocAnalysis"] = blocs }
        if let reach = reachValues(for: period.day) { values["reach"] = reach }
        values["relationLists"] = [
            relationListValues(period.started, heading: previous == nil ? "Active relations" : "Began", className: "began",
                               on: period.day, ended: false),
            relationListValues(period.ended, heading: "Ended", className: "ended", on: period.day, ended: true),
        ].compactMap { $0 }
        if let diagram, let svg = diagram(period) { values["diagram"] = svg }
        return values
    }

    /// "Russia +0.42 (#5 → #1)" with the change coloured.
    private func moverValues(_ movement: Movement, className: String) -> [String: Any] {
        ["name": name(of: movement.actor), "className": className, "change": InfluenceReport.signed(movement.change),
         "rankChange": InfluenceReport.rankChange(movement)]
    }

    /// "▲3" when the actor moved up since the previous day, "▼2" when down, "new" when it joined.
    private func rankBadge(_ measure: CentralityMeasure, actor: String, period: Period, previous: Period?) -> [String: Any]? {
        guard let previous, let rank = period.rank(measure, of: actor) else { return nil }
        guard let before = previous.rank(measure, of: actor) else { return ["className": "new", "text": "new"] }
        if before > rank { return ["className": "up", "was": before, "text": "▲\(before - rank)"] }
        if before < rank { return ["className": "down", "was": before, "text": "▼\(rank - before)"] }
        return nil
    }

    private func relationListValues(_ positions: [Int32], heading: String, className: String,
                                    on day: Day, ended: Bool) -> [String: Any]? {
        guard !positions.isEmpty else { return nil }
        let items = positions.prefix(Self.listedRelationLimit).map { position -> [String: Any] in
            let relation = graph.relations[Int(position)]
            var item: [String: Any] = [
                "sentence": sentence(for: position),
                "dates": "\(graph.startText(ofRelationAt: Int(position)) ?? "..") – \(graph.endText(ofRelationAt: Int(position)) ?? "..")",
                "secret": isPossiblySecret(listed: position, on: day, ended: ended),
            ]
            if let note = relation.note { item["note"] = note }
            let sources = citations(for: position)
            if !sources.isEmpty { item["citations"] = sources.joined(separator: "; ") }
            return item
        }
        var values: [String: Any] = ["heading": heading, "className": className, "items": items]
        if positions.count > Self.listedRelationLimit { values["more"] = positions.count - Self.listedRelationLimit }
        return values
    }
}
