import Foundation
import Testing

@Test func emittedQueryReadsTheNamedTableWithTheGivenOptions() throws {
    let directory = try makeTemporaryDirectory()
    let mapping = directory.appendingPathComponent("mapping.yaml")
    try "\"0874\": hosts-troops\n\"14\": null\n".write(to: mapping, atomically: true, encoding: .utf8)
    let duckdb = try runActorGraph(["import-events", "--format", "gdelt", "--emit-sql", "duckdb", "--sql-table", "gdelt.events_2016",
                                    "--merge-gap", "2w", "--min-mentions", "5", "--max-citations", "4",
                                    "--mapping", mapping.path])
    #expect(duckdb.status == 0, "\(duckdb.standardError)")
    let query = duckdb.standardOutput
    #expect(query.contains("FROM gdelt.events_2016\n"))
    #expect(query.contains("> 14 THEN 1 ELSE 0 END AS starts_run"))
    #expect(query.contains("AND mentions >= 5"))
    #expect(query.contains("WHERE place <= 4 "))
    // The mapping file's entries join the built-in table; a null leaves its prefix unmapped.
    #expect(query.contains("('0874', 'hosts-troops')"))
    #expect(query.contains("('14', CAST(NULL AS VARCHAR))"))
    #expect(query.contains("('046', 'negotiates-with')"))
    #expect(query.contains("strftime(first_day, '%Y-%m-%d')"))

    let spark = try runActorGraph(["import-events", "--format", "gdelt", "--emit-sql", "spark", "--max-citations", "0"])
    #expect(spark.status == 0, "\(spark.standardError)")
    #expect(spark.standardOutput.contains("FROM events\n"))
    #expect(spark.standardOutput.contains("date_format(first_day, 'yyyy-MM-dd')"))
    #expect(spark.standardOutput.contains("'[^\\\\p{L}\\\\p{N}]+'"))
    #expect(!spark.standardOutput.contains("ranked_citations"))
    #expect(!spark.standardOutput.contains("AND mentions >="))

    // The kinds a mapping adds, and -o for the query's file.
    let kindsFile = directory.appendingPathComponent("kinds.sql").path
    let kinds = try runActorGraph(["import-events", "--format", "gdelt", "--emit-sql", "duckdb", "--sql-result", "kinds",
                                   "--mapping", mapping.path, "-o", kindsFile])
    #expect(kinds.status == 0, "\(kinds.standardError)")
    let kindsQuery = try String(contentsOfFile: kindsFile, encoding: .utf8)
    #expect(kindsQuery.contains("('hosts-troops', 'hosts troops', 'true', 'cooperative', '0874')"))
}

@Test func emitSQLRefusesWhatItCannotWrite() throws {
    let dialect = try runActorGraph(["import-events", "--format", "gdelt", "--emit-sql", "postgres"])
    #expect(dialect.status != 0)
    #expect(dialect.standardError.contains("postgres"))
    #expect(dialect.standardError.contains("duckdb"))
    let table = try runActorGraph(["import-events", "--format", "gdelt", "--emit-sql", "duckdb", "--sql-table", "events; DROP TABLE x"])
    #expect(table.status != 0)
    #expect(table.standardError.contains("is not a table name"))
    let files = try runActorGraph(["import-events", "day.CSV", "--format", "gdelt", "--emit-sql", "duckdb"])
    #expect(files.status != 0)
    #expect(files.standardError.contains("--emit-sql reads no event files"))
    let icews = try runActorGraph(["import-events", "--format", "icews", "--emit-sql", "spark"])
    #expect(icews.status != 0)
    #expect(icews.standardError.contains("use --format gdelt"))
    let noOutput = try runActorGraph(["import-events", "day.CSV", "--format", "gdelt"])
    #expect(noOutput.status != 0)
    #expect(noOutput.standardError.contains("give the graph file to write with -o"))
}
