import ActorGraph

extension InfluenceReport {
    /// Draws the diagram of one day for the HTML report: SVG markup (an `<svg>` element), or nil
    /// for none. It receives the period, whose scores can size the nodes.
    public typealias DiagramRenderer = (Period) -> String?

    /// The report as one self-contained HTML page that works offline: highlights, an SVG line
    /// chart per measure of the leading actors' scores over time, then a section per day with
    /// its leaders, movers, relations that began and ended (with citations, at most
    /// ``listedRelationLimit`` of each) and, when
    /// `diagram` is given, the day's diagram.
    public func html(diagram: DiagramRenderer? = nil) -> String {
        let title = "Influence report: \(graph.title ?? "graph")"
        var page = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(esc(title))</title>
        <style>
        \(Self.styleSheet)
        </style>
        </head>
        <body>
        <header>
        <h1>\(esc(title))</h1>

        """
        if let description = graph.description { page += "<p class=\"lede\">\(esc(description))</p>\n" }
        page += "<p class=\"meta\">\(esc(overview()))</p>\n</header>\n<main>\n"
        page += "<section id=\"highlights\">\n<h2>Highlights</h2>\n<ol class=\"highlights\">\n"
        for highlight in highlights() {
            page += "<li><a href=\"#d\(highlight.day)\"><time datetime=\"\(highlight.day)\">\(highlight.day)</time></a> "
            page += highlight.sentences.map { "<span>\(esc($0))</span>" }.joined(separator: " ") + "</li>\n"
        }
        page += "</ol>\n</section>\n"
        page += "<section id=\"charts\">\n<h2>Scores over time</h2>\n<div class=\"charts\">\n"
        let dateLabels = periods.map { "\($0.day)" }
        for measure in options.measures {
            let actors = chartedActors(measure)
            guard !actors.isEmpty else { continue }
            let chart = ScoreLineChart(
                title: "\(measure.title): top \(actors.count) actors",
                dates: dateLabels,
                series: actors.map { actor in
                    ScoreLineChart.Series(name: name(of: actor), values: periods.map { $0.score(measure, of: actor) })
                })
            page += "<figure>\(chart.svg())</figure>\n"
        }
        page += "</div>\n</section>\n"
        page += "<section id=\"dates\">\n<h2>Date by date</h2>\n"
        for (index, period) in periods.enumerated() {
            page += periodSection(period, previous: index > 0 ? periods[index - 1] : nil, diagram: diagram)
        }
        page += "</section>\n</main>\n<footer><p>Written by ActorGraph. Scores follow NetworkX's definitions; "
            + "a dash marks an actor without a relation on that date.</p></footer>\n</body>\n</html>\n"
        return page
    }

    private func esc(_ text: String) -> String { MarkupText.escaped(text) }

    private func periodSection(_ period: Period, previous: Period?, diagram: DiagramRenderer?) -> String {
        let isFirst = previous == nil
        var html = "<article id=\"d\(period.day)\" class=\"period\">\n"
        html += "<h3><time datetime=\"\(period.day)\">\(period.day)</time> <small>\(period.actorCount) actors, "
            + "\(period.edgeCount) edges</small></h3>\n"
        html += "<div class=\"period-body\">\n<div>\n"
        let measures = options.measures.filter { period.scores.values[$0] != nil }
        if !measures.isEmpty && period.actorCount > 0 {
            html += "<table class=\"leaders\">\n<thead><tr><th>#</th>"
                + measures.map { "<th>\(esc($0.title))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
            let leadersByMeasure = measures.map { period.leaders($0, count: options.top) }
            for position in 0..<min(options.top, period.actorCount) {
                html += "<tr><td>\(position + 1)</td>"
                for (measure, leaders) in zip(measures, leadersByMeasure) {
                    if position < leaders.count, let values = period.scores.values[measure] {
                        let node = leaders[position]
                        let actor = period.scores.labels[node]
                        html += "<td>\(esc(name(of: actor))) <span class=\"score\">\(InfluenceReport.short(values[node]))</span>"
                            + "\(rankBadge(measure, actor: actor, period: period, previous: previous))</td>"
                    } else {
                        html += "<td></td>"
                    }
                }
                html += "</tr>\n"
            }
            html += "</tbody>\n</table>\n"
        }
        let moverRows = options.measures.compactMap { measure -> String? in
            let risers = (period.risers[measure] ?? []).map { moverText($0, className: "up") }
            let fallers = (period.fallers[measure] ?? []).map { moverText($0, className: "down") }
            if risers.isEmpty && fallers.isEmpty { return nil }
            return "<tr><th>\(esc(measure.title))</th><td>\(risers.joined(separator: ", "))</td>"
                + "<td>\(fallers.joined(separator: ", "))</td></tr>"
        }
        if !moverRows.isEmpty {
            html += "<h4>Risers and fallers since the previous date</h4>\n<table class=\"movers\">\n"
                + "<thead><tr><th></th><th>rising</th><th>falling</th></tr></thead>\n<tbody>\n"
                + moverRows.joined(separator: "\n") + "\n</tbody>\n</table>\n"
        }
        for measure in options.measures {
            if let failure = period.scores.failures[measure] {
                html += "<p class=\"note\">\(esc(measure.title)): \(esc(failure.description))</p>\n"
            }
        }
        html += blocHTML(for: period.day)
        html += relationList(period.started, heading: isFirst ? "Active relations" : "Began", className: "began")
        html += relationList(period.ended, heading: "Ended", className: "ended")
        html += "</div>\n"
        if let diagram, let svg = diagram(period) {
            html += "<figure class=\"diagram\">\(svg)<figcaption>Network on \(period.day)</figcaption></figure>\n"
        }
        html += "</div>\n</article>\n"
        return html
    }

    /// "Russia +0.42 (#5 → #1)" with the change coloured.
    private func moverText(_ movement: Movement, className: String) -> String {
        "\(esc(name(of: movement.actor))) <span class=\"badge \(className)\">\(InfluenceReport.signed(movement.change))</span> "
            + "<span class=\"score\">\(esc(InfluenceReport.rankChange(movement)))</span>"
    }

    /// "▲3" when the actor moved up since the previous day, "▼2" when down, "new" when it joined.
    private func rankBadge(_ measure: CentralityMeasure, actor: String, period: Period, previous: Period?) -> String {
        guard let previous, let rank = period.rank(measure, of: actor) else { return "" }
        guard let before = previous.rank(measure, of: actor) else { return " <span class=\"badge new\">new</span>" }
        if before > rank { return " <span class=\"badge up\" title=\"was #\(before)\">▲\(before - rank)</span>" }
        if before < rank { return " <span class=\"badge down\" title=\"was #\(before)\">▼\(rank - before)</span>" }
        return ""
    }

    private func relationList(_ positions: [Int32], heading: String, className: String) -> String {
        guard !positions.isEmpty else { return "" }
        var html = "<h4>\(esc(heading))</h4>\n<ul class=\"relations \(className)\">\n"
        for position in positions.prefix(Self.listedRelationLimit) {
            let relation = graph.relations[Int(position)]
            let dates = "\(relation.start?.description ?? "..") – \(relation.end?.description ?? "..")"
            html += "<li>\(esc(sentence(for: position))) <span class=\"dates\">\(esc(dates))</span>"
            if relation.secret { html += " <span class=\"badge secret\">secret</span>" }
            if let note = relation.note { html += "<br><span class=\"note\">\(esc(note))</span>" }
            let sources = citations(for: position)
            if !sources.isEmpty { html += "<br><cite>\(sources.map(esc).joined(separator: "; "))</cite>" }
            html += "</li>\n"
        }
        if positions.count > Self.listedRelationLimit {
            html += "<li class=\"note\">… and \(positions.count - Self.listedRelationLimit) more (the JSON form lists every one)</li>\n"
        }
        return html + "</ul>\n"
    }

    static let styleSheet = """
    :root { --ink: #1d2330; --muted: #5b6473; --line: #d9dde3; --accent: #0072B2; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fafbfc; }
    header, main, footer { max-width: 1180px; margin: 0 auto; padding: 0 24px; }
    header { padding-top: 28px; }
    h1 { font-size: 1.7em; margin: 0 0 8px; }
    h2 { font-size: 1.3em; border-bottom: 2px solid var(--line); padding-bottom: 4px; margin-top: 32px; }
    h3 { margin: 0 0 8px; } h3 small { color: var(--muted); font-weight: normal; font-size: .8em; }
    h4 { margin: 12px 0 4px; font-size: .95em; }
    .lede { font-size: 1.05em; max-width: 60em; } .meta { color: var(--muted); font-size: .9em; }
    .highlights { padding-left: 0; list-style: none; } .highlights li { margin: 6px 0; padding: 6px 10px; background: #fff; border-left: 3px solid var(--accent); }
    .highlights time { font-weight: 600; margin-right: 6px; } .highlights a { color: inherit; text-decoration: none; }
    .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(560px, 1fr)); gap: 12px; }
    figure { margin: 0; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 8px; }
    svg.chart { width: 100%; height: auto; } .chart-title { font-weight: 600; font-size: 14px; fill: var(--ink); }
    .grid { stroke: #e6e9ee; } .tick { font-size: 10px; fill: var(--muted); } .legend { font-size: 12px; fill: var(--ink); }
    .period { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 14px 16px; margin: 14px 0; }
    .period-body { display: flex; flex-wrap: wrap; gap: 16px; } .period-body > div { flex: 1 1 560px; }
    .diagram { flex: 0 1 480px; } .diagram svg { max-width: 100%; height: auto; } figcaption { color: var(--muted); font-size: .85em; }
    table.leaders { border-collapse: collapse; width: 100%; font-size: .9em; }
    .leaders th, .leaders td { border-bottom: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
    .leaders td:first-child { color: var(--muted); width: 2em; }
    .score { color: var(--muted); font-variant-numeric: tabular-nums; }
    .badge { font-size: .75em; padding: 0 4px; border-radius: 3px; }
    .badge.up { color: #006d4f; background: #e0f3ec; } .badge.down { color: #a33a00; background: #fbe9df; }
    .badge.new { color: #1b3a6b; background: #e3ebf7; } .badge.secret { color: #fff; background: #6b3a7a; }
    table.movers { border-collapse: collapse; width: 100%; font-size: .85em; }
    .movers th, .movers td { border-bottom: 1px solid var(--line); padding: 3px 6px; text-align: left; vertical-align: top; }
    .movers tbody th { font-weight: 600; white-space: nowrap; width: 9em; }
    .relations { padding-left: 18px; margin: 4px 0; } .relations li { margin: 4px 0; }
    .dates { color: var(--muted); font-size: .85em; } .note { color: var(--muted); font-size: .85em; } cite { font-size: .8em; color: var(--muted); }
    footer { color: var(--muted); font-size: .85em; padding-bottom: 32px; }
    @media print { .period { break-inside: avoid; } }
    """
}
