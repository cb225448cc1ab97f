#!/usr/bin/env bash
# Checks `import-events --emit-sql` against `import-events` itself: a generated GDELT 2.0
# export (Scripts/generate-gdelt-events.py), roughened the way real exports are (actors known
# only by name, names with accents, no code and no name, fields padded with spaces, events
# without a URL, a Goldstein score or an id, repeated event ids, codes a mapping file maps),
# is imported to CSV, and the emitted DuckDB query runs on the same file through the duckdb
# Python module; their relation tables (and kind tables) must be equal row for row, for
# several option sets. A query for the wrong gap must differ, or the comparison proves
# nothing. With --spark, the Spark SQL form runs too (pyspark in local mode, with Java);
# without it, or without pyspark and Java, that part is SKIPPED.
#
#   bash Scripts/check-import-sql.sh [--spark]
set -euo pipefail
cd "$(dirname "$0")/.."

check_name=check-import-sql
source Scripts/lib-checks.sh
require_venv duckdb duckdb
spark=no
[ "${1:-}" = "--spark" ] && spark=yes
build_actorgraph
make_workdir

"$python" Scripts/generate-gdelt-events.py "$workdir/generated.CSV" 4 60
"$python" - "$workdir/generated.CSV" "$workdir/events.CSV" <<'PYTHON'
import random, sys
random.seed(10)
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
out = []
for line in lines:
    fields = line.split("\t")
    roll = random.random()
    if roll < 0.03:
        fields[5] = ""                                # Actor1 known by its name alone
    elif roll < 0.04:
        fields[15], fields[16] = "", "Côte d'Ivoire (Government) "
    elif roll < 0.045:
        fields[5] = fields[6] = ""                    # no actor at all
    elif roll < 0.06:
        fields[15] = " " + fields[15] + " "           # padded
    roll = random.random()
    if roll < 0.05:
        fields[60] = ""                               # no source URL
    elif roll < 0.07:
        fields[30] = ""                               # no Goldstein score
    elif roll < 0.08:
        fields[0] = ""                                # no event id: no citation
    elif roll < 0.09:
        fields[0] = "9" + fields[0][-6:]              # a shorter id: first on its day, though "9..." > "1..."
    elif roll < 0.10:
        fields[30] = random.choice(["2.675", "-0.05", "10", "-10.0", "3.14159"])
    if random.random() < 0.04:
        fields[26] = random.choice(["0874", "031", "036", "141", "1411"])
    out.append("\t".join(fields))
    if random.random() < 0.01:
        out.append("\t".join(fields))                 # the same event twice
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
PYTHON
cat > "$workdir/mapping.yaml" <<'YAML'
"03": pledges          # a kind that is not built in
"0874": allows-basing  # a longer prefix than any built in
"14": null             # protests left unmapped...
"141": criticizes      # ...but for demonstrations
YAML

# Runs the query in $2 (relations) and $3 (kinds) on the events with ENGINE $1, writing $4
# and the kind table beside it; DuckDB through Scripts/event-relations-duckdb.py, the
# benchmark's runner, on its view of the file.
run_query() {
    local engine="$1" relations="$2" kinds="$3" output="$4"
    if [ "$engine" = duckdb ]; then
        "$python" Scripts/event-relations-duckdb.py "$workdir/events.CSV" "$output" 2 "$relations" >/dev/null
        "$python" Scripts/event-relations-duckdb.py "$workdir/events.CSV" "${output%.csv}.kinds.csv" 2 "$kinds" >/dev/null
        return
    fi
    "$python" - "$relations" "$kinds" "$output" "$workdir/events.CSV" <<'PYTHON'
import csv, sys
from pyspark.sql import SparkSession
relations, kinds, output, events = sys.argv[1:5]
# The columns the query reads, by their place in a GDELT 2.0 export (the README's view).
columns = {"GLOBALEVENTID": 0, "SQLDATE": 1, "Actor1Code": 5, "Actor1Name": 6, "Actor2Code": 15, "Actor2Name": 16,
           "EventCode": 26, "GoldsteinScale": 30, "NumMentions": 31, "SOURCEURL": 60}
spark = (SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false")
         .config("spark.ui.showConsoleProgress", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate())
spark.sparkContext.setLogLevel("ERROR")
schema = ", ".join(f"c{place} STRING" for place in range(61))
(spark.read.csv(events, sep="\t", quote="", schema=schema)
 .selectExpr(*[f"c{place} AS {name}" for name, place in columns.items()]).createOrReplaceTempView("events"))
for query, path in [(relations, output), (kinds, output[:-4] + ".kinds.csv")]:
    result = spark.sql(open(query).read())
    with open(path, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(result.columns)
        for row in result.collect():
            writer.writerow(["" if value is None else value for value in row])
spark.stop()
PYTHON
}

# Prints how many rows of the tables $1 and $2 (and their kind tables) differ, showing a few.
compare() {
    "$python" - "$1" "$2" <<'PYTHON'
import csv, sys
def rows(path):
    with open(path, newline="", encoding="utf-8") as table:
        reader = csv.DictReader(table)
        names = sorted(reader.fieldnames or [])
        return names, sorted(tuple(row[name] for name in names) for row in reader)
differing = 0
for ours, theirs in [(sys.argv[1], sys.argv[2]), (sys.argv[1][:-4] + ".kinds.csv", sys.argv[2][:-4] + ".kinds.csv")]:
    (our_names, our_rows), (their_names, their_rows) = rows(ours), rows(theirs)
    if our_names != their_names:
        print(f"columns differ: {our_names} against {their_names}", file=sys.stderr)
        differing += 1
        continue
    only_ours, only_theirs = sorted(set(our_rows) - set(their_rows)), sorted(set(their_rows) - set(our_rows))
    for row in (only_ours[:3] + only_theirs[:3]) if differing == 0 else []:
        print(("import-events: " if row in only_ours else "query:         ") + str(row), file=sys.stderr)
    differing += max(len(only_ours), len(only_theirs)) + (0 if len(our_rows) == len(their_rows) else 1)
relations = rows(sys.argv[1])[1]
print(differing, len(relations), sum(1 for row in relations if float(row[sorted(csv.DictReader(open(sys.argv[1])).fieldnames).index("weight")]) > 1))
PYTHON
}

failures=0
# check ENGINE NAME IMPORT-OPTIONS...: imports with the options, runs the emitted query, compares.
check() {
    local engine="$1" name="$2"; shift 2
    local dir="$workdir/$engine-${name//[^a-z0-9]/-}"
    mkdir -p "$dir"
    "$actorgraph" import-events "$workdir/events.CSV" --format gdelt --quiet "$@" -o "$dir/imported.csv"
    "$actorgraph" import-events --format gdelt --emit-sql "$engine" "$@" -o "$dir/relations.sql"
    "$actorgraph" import-events --format gdelt --emit-sql "$engine" --sql-result kinds "$@" -o "$dir/kinds.sql"
    run_query "$engine" "$dir/relations.sql" "$dir/kinds.sql" "$dir/query.csv" 2>> "$workdir/$engine.log"
    read -r differing relations joined < <(compare "$dir/imported.csv" "$dir/query.csv")
    if [ "$differing" = 0 ] && "$actorgraph" validate "$dir/query.csv" >/dev/null; then
        echo "$engine $name: $relations relations equal ($joined of several events)"
    else
        echo "$engine $name: FAILED: $differing rows differ of $relations (or the query's table does not load)"
        failures=$((failures + 1))
    fi
}

options_changed=(--merge-gap 3d --min-mentions 12 --max-citations 1)
check duckdb defaults
check duckdb "gap 3d, min-mentions 12, max-citations 1" "${options_changed[@]}"
check duckdb "no citations, gap 0d" --max-citations 0 --merge-gap 0d
check duckdb "mapping file" --mapping "$workdir/mapping.yaml" --max-citations 5

# The comparison must be able to fail: the query for a 29-day gap against the import's 30 days.
dir="$workdir/duckdb-defaults"
"$actorgraph" import-events --format gdelt --emit-sql duckdb --merge-gap 29d -o "$dir/perturbed.sql"
run_query duckdb "$dir/perturbed.sql" "$dir/kinds.sql" "$dir/perturbed.csv"
read -r differing relations joined < <(compare "$dir/imported.csv" "$dir/perturbed.csv" 2>/dev/null)
if [ "$differing" -gt 0 ]; then
    echo "duckdb perturbed (query at 29d, import at 30d): $differing rows differ, as they must"
else
    echo "duckdb perturbed (query at 29d, import at 30d): FAILED: no difference found"
    failures=$((failures + 1))
fi

if [ "$spark" = no ]; then
    echo "spark: SKIPPED (pass --spark to run the Spark SQL form)"
elif ! venv_has pyspark || ! command -v java >/dev/null; then
    echo "spark: SKIPPED (pyspark in .venv and Java are needed: .venv/bin/pip install pyspark)"
else
    check spark defaults
    check spark "gap 3d, min-mentions 12, max-citations 1" "${options_changed[@]}"
    check spark "mapping file" --mapping "$workdir/mapping.yaml" --max-citations 5
fi
[ "$failures" = 0 ]
