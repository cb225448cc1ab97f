import ActorGraph

/// The aggregation ``EventImporter`` does on GDELT events, written as one SQL query for an
/// engine that runs it past one machine (Spark SQL) or on one large one (DuckDB).
///
/// The query reads a table or view of GDELT 2.0 events with the codebook's column names,
/// any column types (each is read as text): `GLOBALEVENTID`, `SQLDATE` (`YYYYMMDD`),
/// `Actor1Code`, `Actor1Name`, `Actor2Code`, `Actor2Name`, `EventCode`, `GoldsteinScale`,
/// `NumMentions` and `SOURCEURL`. It gives what `import-events -o OUT.csv` writes with the
/// same options:
/// - ``Result/relations``: the CSV edge list (`id`, `source`, `target`, `kind`, `start`,
///   `end`, `weight`, `secret`, `note`, `citations`, `evidence`). Events with two different
///   actors (the CAMEO code lowercased, or the name in kebab case), at least the minimum of
///   mentions, and a code the mapping gives a kind (longest prefix) are split per pair and
///   kind into runs at gaps of more than the merge gap (gaps and islands, with window
///   functions); a run's weight is its number of events, its note counts events and mentions
///   and gives the mean Goldstein score (rounded half away from zero, in whole numbers) and the
///   codes, its citations are its first events by day, then event id (shorter first), then
///   source URL.
/// - ``Result/kinds``: the kind table, for the kinds a mapping file adds (a CSV edge list
///   naming them loads only with it beside).
///
/// The node table (actor names and kinds) is not part of it: without one, the actors of the
/// edge list load with kind `actor` and their ids as names.
public struct EventAggregationSQL: Sendable {
    /// Which table a query gives.
    public enum Result: String, Sendable, CaseIterable {
        /// The relations: a CSV edge list.
        case relations
        /// The kinds the mapping adds: a CSV kind table.
        case kinds
    }

    /// The engine the query is written for.
    public var dialect: SQLDialect
    /// The table or view of events the query reads.
    public var table: SQLTableName
    /// The mapping, gap, minimum of mentions and citations (the format must be GDELT).
    public var options: EventImportOptions

    /// A query for `dialect` over the events in `table`, with the import's `options`.
    public init(dialect: SQLDialect, table: SQLTableName, options: EventImportOptions) {
        self.dialect = dialect
        self.table = table
        self.options = options
    }

    /// The query that gives `result`, with a comment saying what it is.
    public func query(_ result: Result) -> String {
        switch result {
        case .relations: return heading("the relation table (a CSV edge list)") + relationsQuery
        case .kinds: return heading("the kind table of the kinds the mapping adds") + kindsQuery
        }
    }

    private func heading(_ what: String) -> String {
        "-- ActorGraph: GDELT events in \(table) -> \(what), for \(dialect.displayName).\n"
            + "-- Events of one pair and kind at most \(options.mergeGapDays) days apart join; "
            + (options.minimumMentions > 0 ? "events with fewer than \(options.minimumMentions) mentions left out; " : "")
            + "at most \(options.maximumCitations) citations a relation.\n"
    }

    /// The text of column `name`, trimmed of spaces; empty when null.
    private func field(_ name: String) -> String {
        "trim(coalesce(\(dialect.text(name)), ''))"
    }

    /// An actor's id from its trimmed `code` and `name` columns: the code lowercased, else
    /// the name in kebab case, else null.
    private func actorID(code: String, name: String) -> String {
        let kebab = dialect.trimming("-", from: dialect.replacingAll("[^\\p{L}\\p{N}]+", in: "lower(\(name))", with: "-"))
        return "CASE WHEN \(code) <> '' THEN lower(\(code)) ELSE nullif(\(kebab), '') END"
    }

    /// The steps shared by both results: the mapping, and the events that become relations,
    /// each with its day, kind and ordered pair.
    private var codedEvents: String {
        let null = "CAST(NULL AS \(dialect.stringType))"
        let mapping = options.mapping.table.sorted { $0.key < $1.key }.map { prefix, kind in
            [dialect.literal(prefix), kind.map(dialect.literal) ?? null]
        }
        let symmetric = RelationKind.builtIn.values.filter { !$0.directed }.map(\.id).sorted().map { [dialect.literal($0)] }
        let mentions = options.minimumMentions > 0 ? "\n      AND mentions >= \(options.minimumMentions)" : ""
        return """
        WITH mapping AS (\(dialect.values(mapping, named: "mapping", columns: ["prefix", "kind"]))),
        symmetric_kinds AS (\(dialect.values(symmetric, named: "symmetric_kinds", columns: ["kind"]))),
        events_text AS (
            SELECT \(columnsRead.map { "\(field($0)) AS \($0.lowercased())" }.joined(separator: ",\n           "))
            FROM \(table)
        ),
        events_read AS (
            SELECT globaleventid AS event_id, sqldate AS event_date,
                   \(actorID(code: "actor1code", name: "actor1name")) AS actor1,
                   \(actorID(code: "actor2code", name: "actor2name")) AS actor2,
                   eventcode AS code,
                   CAST(round(CAST(nullif(goldsteinscale, '') AS DOUBLE) * 1000) AS BIGINT) AS goldstein,
                   coalesce(CAST(nullif(nummentions, '') AS BIGINT), 0) AS mentions,
                   sourceurl AS url
            FROM events_text
        ),
        kept AS (
            SELECT * FROM events_read
            WHERE actor1 IS NOT NULL AND actor2 IS NOT NULL AND actor1 <> actor2\(mentions)
        ),
        codes AS (SELECT DISTINCT code FROM kept),
        code_kinds AS (
            SELECT code, kind FROM (
                SELECT codes.code, mapping.kind,
                       row_number() OVER (PARTITION BY codes.code ORDER BY length(mapping.prefix) DESC) AS preference
                FROM codes JOIN mapping ON substr(codes.code, 1, length(mapping.prefix)) = mapping.prefix
            ) ranked
            WHERE preference = 1 AND kind IS NOT NULL
        ),
        coded AS (
            SELECT kept.event_id, kept.code, kept.goldstein, kept.mentions, kept.url, code_kinds.kind,
                   \(dialect.date(fromDigits: "kept.event_date")) AS day,
                   CASE WHEN symmetric_kinds.kind IS NOT NULL AND kept.actor2 < kept.actor1 THEN kept.actor2 ELSE kept.actor1 END
                       AS source,
                   CASE WHEN symmetric_kinds.kind IS NOT NULL AND kept.actor2 < kept.actor1 THEN kept.actor1 ELSE kept.actor2 END
                       AS target
            FROM kept JOIN code_kinds ON kept.code = code_kinds.code
            LEFT JOIN symmetric_kinds ON symmetric_kinds.kind = code_kinds.kind
        )
        """
    }

    /// The columns of the events table the query reads.
    public static let columnsRead = ["GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor2Code", "Actor2Name",
                                     "EventCode", "GoldsteinScale", "NumMentions", "SOURCEURL"]

    private var columnsRead: [String] { Self.columnsRead }

    /// Text for a count and a noun: "1 mention", "2 mentions".
    private func counted(_ count: String, _ noun: String) -> String {
        "\(dialect.text(count)) || ' \(noun)' || CASE WHEN \(count) = 1 THEN '' ELSE 's' END"
    }

    /// Tenths of the mean of `sum` thousandths over `count` values, rounded half away from
    /// zero in whole numbers (as ``EventMerger`` does).
    private func meanTenths(sum: String, count: String) -> String {
        let divisor = "200 * greatest(\(count), 1)"
        return "CASE WHEN \(sum) >= 0 THEN \(dialect.dividing("2 * \(sum) + 100 * \(count)", by: divisor)) "
            + "ELSE -(\(dialect.dividing("-2 * \(sum) + 100 * \(count)", by: divisor))) END"
    }

    /// Tenths as a decimal with one digit after the point: -8 is "-0.8".
    private func decimalText(tenths: String) -> String {
        "CASE WHEN \(tenths) < 0 THEN '-' ELSE '' END || \(dialect.text(dialect.dividing("abs(\(tenths))", by: "10"))) "
            + "|| '.' || \(dialect.text("abs(\(tenths)) % 10"))"
    }

    private var relationsQuery: String {
        let run = "source, target, kind, run"
        let citationOrder = ["day", "length(event_id)", "event_id", "reference"]
        let citations: String
        let citationJoin: String
        if options.maximumCitations > 0 {
            citations = """
            ,
            ranked_citations AS (
                SELECT \(run), event_id,
                       row_number() OVER (PARTITION BY \(run) ORDER BY \(citationOrder.joined(separator: ", "))) AS place,
                       lag(event_id) OVER (PARTITION BY \(run) ORDER BY \(citationOrder.joined(separator: ", "))) AS previous_id
                FROM (SELECT *, CASE WHEN url = '' THEN 'GDELT event ' || event_id ELSE url END AS reference
                      FROM numbered WHERE event_id <> '') cited
            ),
            run_citations AS (
                SELECT \(run), \(dialect.joinedText("'gdelt-' || event_id", separator: ";", orderedBy: ["place"])) AS citations
                FROM ranked_citations
                WHERE place <= \(options.maximumCitations) AND (previous_id IS NULL OR previous_id <> event_id)
                GROUP BY \(run)
            )
            """
            citationJoin = "\nLEFT JOIN run_citations USING (\(run))"
        } else {
            citations = ""
            citationJoin = ""
        }
        let null = "CAST(NULL AS \(dialect.stringType))"
        return codedEvents + """
        ,
        marked AS (
            SELECT *,
                   CASE WHEN \(dialect.days(from: "lag(day) OVER (PARTITION BY source, target, kind ORDER BY day)", to: "day"))
                             > \(options.mergeGapDays) THEN 1 ELSE 0 END AS starts_run
            FROM coded
        ),
        numbered AS (
            SELECT *, sum(starts_run) OVER (PARTITION BY source, target, kind ORDER BY day
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS run
            FROM marked
        ),
        runs AS (
            SELECT \(run), min(day) AS first_day, max(day) AS last_day, count(*) AS events, sum(mentions) AS mentions,
                   coalesce(sum(goldstein), 0) AS goldstein_sum, count(goldstein) AS goldstein_count
            FROM numbered GROUP BY \(run)
        ),
        run_means AS (
            SELECT *, \(meanTenths(sum: "goldstein_sum", count: "goldstein_count")) AS goldstein_tenths FROM runs
        ),
        run_codes AS (
            SELECT \(run), \(dialect.joinedText("code || ' ×' || \(dialect.text("times"))", separator: ", ",
                                                 orderedBy: ["-times", "code"])) AS codes
            FROM (SELECT \(run), code, count(*) AS times FROM numbered GROUP BY \(run), code) code_counts
            GROUP BY \(run)
        )\(citations)
        SELECT source || '-' || kind || '-' || target || '-' || \(dialect.isoText(ofDate: "first_day")) AS id,
               source, target, kind,
               \(dialect.isoText(ofDate: "first_day")) AS start,
               \(dialect.isoText(ofDate: "last_day")) AS \(dialect.quotedName("end")),
               \(dialect.text("events")) || '.0' AS weight,
               \(null) AS secret,
               \(counted("events", "GDELT event")) || ', ' || \(counted("mentions", "mention"))
                   || CASE WHEN goldstein_count > 0 THEN ', mean Goldstein ' || \(decimalText(tenths: "goldstein_tenths")) ELSE '' END
                   || '; CAMEO ' || codes AS note,
               \(options.maximumCitations > 0 ? "citations" : null) AS citations,
               \(null) AS evidence
        FROM run_means JOIN run_codes USING (\(run))\(citationJoin)
        ORDER BY first_day, id
        """
    }

    private var kindsQuery: String {
        let added = Set(options.mapping.table.values.compactMap { $0 }).subtracting(RelationKind.builtIn.keys).sorted()
        let columns = ["id", "label", "directed", "tone", "cameo"]
        guard !added.isEmpty else {
            // No kind is added: the table has its header row alone.
            return "SELECT " + (columns.map { "\(dialect.literal("")) AS \($0)" } + ["'' AS goldstein"]).joined(separator: ", ")
                + " WHERE 1 = 0"
        }
        let rows = added.map { id -> [String] in
            let kind = options.mapping.declaredKind(id, goldstein: 0)
            return [kind.id, kind.label, "true", kind.tone.rawValue, kind.cameoCode ?? ""].map(dialect.literal)
        }
        return codedEvents + """
        ,
        added_kinds AS (\(dialect.values(rows, named: "added_kinds", columns: columns))),
        kind_sums AS (
            SELECT kind, coalesce(sum(goldstein), 0) AS goldstein_sum, count(goldstein) AS goldstein_count
            FROM coded GROUP BY kind
        ),
        kind_means AS (
            SELECT kind, \(meanTenths(sum: "goldstein_sum", count: "goldstein_count")) AS goldstein_tenths FROM kind_sums
        )
        SELECT added_kinds.id, added_kinds.label, added_kinds.directed, added_kinds.tone, added_kinds.cameo,
               \(decimalText(tenths: "goldstein_tenths")) AS goldstein
        FROM added_kinds JOIN kind_means ON kind_means.kind = added_kinds.id
        ORDER BY added_kinds.id
        """
    }
}
