"""Runs the event-to-relation aggregation of `actorgraph import-events` in DuckDB: reads a
GDELT 2.0 export, keeps events with two different actors, maps CAMEO codes to kinds with
the built-in table (longest prefix wins), splits each pair and kind into runs at gaps of
more than 30 days, and writes one row per run as ActorGraph's CSV edge list
(id, source, target, kind, start, end, weight, note, citations).

    .venv/bin/python Scripts/event-relations-duckdb.py EVENTS.export.CSV OUT.csv THREADS [QUERY.sql]

With QUERY.sql (what `actorgraph import-events --format gdelt --emit-sql duckdb` prints),
that query runs instead of the one below, on a view `events` of the file with the GDELT 2.0
column names it reads.
"""
import sys

import duckdb

events, output, threads = sys.argv[1], sys.argv[2], int(sys.argv[3])
query = open(sys.argv[4]).read() if len(sys.argv) > 4 else None

MAPPING = {"04": "consults", "046": "negotiates-with", "05": "cooperates-with", "057": "agrees-with",
           "06": "cooperates-with", "07": "supports", "11": "criticizes", "12": "opposes", "13": "opposes",
           "14": "opposes", "15": "opposes", "16": "opposes", "17": "opposes", "18": "fights", "19": "fights",
           "20": "fights"}
SYMMETRIC = ["negotiates-with", "agrees-with", "cooperates-with", "fights"]

if query is None:
    mapping = ", ".join(f"('{prefix}', '{kind}')" for prefix, kind in MAPPING.items())
    symmetric = ", ".join(f"('{kind}')" for kind in SYMMETRIC)
    query = f"""
WITH mapping(prefix, kind) AS (VALUES {mapping}),
symmetric_kinds(kind) AS (VALUES {symmetric}),
raw AS (
    SELECT trim(column00) AS event_id, trim(column01) AS sql_date,
           coalesce(nullif(lower(trim(column05)), ''),
                    nullif(trim(regexp_replace(lower(trim(column06)), '[^\\p{{L}}\\p{{N}}]+', '-', 'g'), '-'), '')) AS actor1,
           coalesce(nullif(lower(trim(column15)), ''),
                    nullif(trim(regexp_replace(lower(trim(column16)), '[^\\p{{L}}\\p{{N}}]+', '-', 'g'), '-'), '')) AS actor2,
           trim(column26) AS code,
           CAST(round(CAST(nullif(trim(column30), '') AS DOUBLE) * 1000) AS BIGINT) AS goldstein_thousandths,
           CAST(nullif(trim(column31), '') AS BIGINT) AS mentions
    FROM read_csv('{{events}}', delim = '\\t', header = false, all_varchar = true, quote = '', escape = '',
                  auto_detect = false, columns = {{{", ".join(f"'column{i:02d}': 'VARCHAR'" for i in range(61))}}})
),
codes AS (SELECT DISTINCT code FROM raw),
code_kinds AS (
    SELECT code, kind FROM (
        SELECT codes.code, mapping.kind,
               row_number() OVER (PARTITION BY codes.code ORDER BY length(mapping.prefix) DESC) AS preference
        FROM codes JOIN mapping ON starts_with(codes.code, mapping.prefix))
    WHERE preference = 1 AND kind IS NOT NULL
),
coded AS (
    SELECT raw.event_id, strptime(raw.sql_date, '%Y%m%d')::DATE AS day, code_kinds.kind, raw.code,
           CASE WHEN symmetric_kinds.kind IS NOT NULL AND raw.actor2 < raw.actor1 THEN raw.actor2 ELSE raw.actor1 END AS source,
           CASE WHEN symmetric_kinds.kind IS NOT NULL AND raw.actor2 < raw.actor1 THEN raw.actor1 ELSE raw.actor2 END AS target,
           raw.goldstein_thousandths, raw.mentions
    FROM raw JOIN code_kinds ON raw.code = code_kinds.code
    LEFT JOIN symmetric_kinds ON symmetric_kinds.kind = code_kinds.kind
    WHERE raw.actor1 IS NOT NULL AND raw.actor2 IS NOT NULL AND raw.actor1 <> raw.actor2
),
marked AS (
    SELECT *, CASE WHEN day - lag(day) OVER (PARTITION BY source, target, kind ORDER BY day) > 30 THEN 1 ELSE 0 END
              AS starts_run
    FROM coded
),
numbered AS (
    SELECT *, sum(starts_run) OVER (PARTITION BY source, target, kind ORDER BY day ROWS UNBOUNDED PRECEDING) AS run
    FROM marked
),
runs AS (
    SELECT source, target, kind, run, min(day) AS first_day, max(day) AS last_day, count(*) AS events,
           coalesce(sum(mentions), 0) AS mentions, sum(goldstein_thousandths) AS goldstein_sum,
           count(goldstein_thousandths) AS goldstein_count,
           list(event_id ORDER BY day, length(event_id), event_id) AS ids
    FROM numbered GROUP BY source, target, kind, run
),
run_codes AS (
    SELECT source, target, kind, run, string_agg(code || ' ×' || times, ', ' ORDER BY times DESC, code) AS codes
    FROM (SELECT source, target, kind, run, code, count(*) AS times FROM numbered GROUP BY source, target, kind, run, code)
    GROUP BY source, target, kind, run
)
SELECT runs.source || '-' || runs.kind || '-' || runs.target || '-' || strftime(first_day, '%Y-%m-%d') AS id,
       runs.source, runs.target, runs.kind, strftime(first_day, '%Y-%m-%d') AS start,
       strftime(last_day, '%Y-%m-%d') AS "end", CAST(events AS DOUBLE) AS weight,
       events || ' GDELT event' || CASE WHEN events = 1 THEN '' ELSE 's' END || ', ' || mentions || ' mention'
           || CASE WHEN mentions = 1 THEN '' ELSE 's' END
           || CASE WHEN goldstein_count > 0
                   THEN ', mean Goldstein ' || round(CAST(goldstein_sum AS DOUBLE) / 1000 / goldstein_count, 1) ELSE '' END
           || '; CAMEO ' || run_codes.codes AS note,
       array_to_string(list_transform(list_filter(ids, lambda id, i: i = 1 OR id <> ids[i - 1])[1:3], lambda id: 'gdelt-' || id), ';')
           AS citations
FROM runs JOIN run_codes USING (source, target, kind, run)
ORDER BY first_day, id
"""

connection = duckdb.connect()
connection.execute(f"SET threads = {threads}")
if len(sys.argv) > 4:
    columns = {"GLOBALEVENTID": 0, "SQLDATE": 1, "Actor1Code": 5, "Actor1Name": 6, "Actor2Code": 15, "Actor2Name": 16,
               "EventCode": 26, "GoldsteinScale": 30, "NumMentions": 31, "SOURCEURL": 60}
    named = ", ".join(f"column{place:02d} AS {name}" for name, place in columns.items())
    connection.execute(f"CREATE VIEW events AS SELECT {named} FROM read_csv('{events}', delim = '\\t', header = false, "
                       "all_varchar = true, quote = '', escape = '')")
else:
    query = query.replace('{events}', events)
connection.execute(f"COPY ({query}) TO '{output}' (HEADER, DELIMITER ',')")
count = connection.execute(f"SELECT count(*) FROM read_csv('{output}', header = true)").fetchone()[0]
print(f"duckdb: {count} relations")
