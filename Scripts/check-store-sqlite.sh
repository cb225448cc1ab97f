#!/usr/bin/env bash
# Opens a store of the bundled graph with Python's own sqlite3 module (no ActorGraph code)
# and runs the README's queries: the relations possibly and certainly active on each change
# day, through the R*Trees and through the plain bounds columns, must be those that
# `actorgraph snapshot` lists from the YAML file; evidence and citations must be those of
# the YAML file read by PyYAML when it is installed.
set -euo pipefail
cd "$(dirname "$0")/.."

check_name=check-store-sqlite
source Scripts/lib-checks.sh
python3 -c "import sqlite3; sqlite3.connect(':memory:').execute('create virtual table t using rtree_i32(id, a, b)')" 2>/dev/null \
    || skip_check "Python's sqlite3 module lacks the R*Tree module"
build_actorgraph
make_workdir

graph=Graphs/central-asia-2001.yaml
"$actorgraph" convert "$graph" -o "$workdir/graph.sqlite" 2>/dev/null
{ "$actorgraph" changes "$graph"; "$actorgraph" changes "$graph" --certain; } \
    | grep -oE '^[0-9]{4}-[0-9]{2}-[0-9]{2}' | sort -u > "$workdir/days"
echo 2001-09-22 >> "$workdir/days"
while read -r day; do
    "$actorgraph" snapshot "$graph" --at "$day" --format json > "$workdir/possibly-$day.json"
    "$actorgraph" snapshot "$graph" --at "$day" --certain --format json > "$workdir/certainly-$day.json"
done < "$workdir/days"

python3 - "$workdir" "$graph" <<'PYTHON'
import datetime, json, pathlib, sqlite3, sys

work, graph = pathlib.Path(sys.argv[1]), sys.argv[2]
db = sqlite3.connect(f"file:{work}/graph.sqlite?mode=ro", uri=True)
failures = 0
days = sorted(set((work / "days").read_text().split()))
for text in days:
    day = (datetime.date.fromisoformat(text) - datetime.date(1970, 1, 1)).days
    for certainty, prefix in (("possibly", "possible"), ("certainly", "certain")):
        expected = [r["id"] for r in json.loads((work / f"{certainty}-{text}.json").read_text())["relations"]]
        through_index = [row[0] for row in db.execute(
            f"SELECT r.id FROM {certainty}_active a JOIN relations r ON r.position = a.relation "
            "WHERE a.first <= ? AND a.last >= ? ORDER BY r.position", (day, day))]
        through_columns = [row[0] for row in db.execute(
            f"SELECT id FROM relations WHERE {prefix}_first <= ? AND {prefix}_last >= ? ORDER BY position", (day, day))]
        for name, found in (("R*Tree", through_index), ("bounds", through_columns)):
            if found != expected:
                failures += 1
                print(f"{text} {certainty} ({name}): store gives {found}, snapshot {expected}")
print(f"store: {len(days)} days, possibly and certainly active, through the R*Trees and the bounds columns")

try:
    import yaml
except ImportError:
    yaml = None
    print("store: evidence comparison SKIPPED (PyYAML is not installed)")
if yaml is not None:
    document = yaml.safe_load(open(graph))
    for position, relation in enumerate(document["relations"]):
        stored = [tuple(row) for row in db.execute(
            "SELECT e.source, e.pages, e.quote FROM evidence e JOIN relations r ON r.position = e.relation "
            "WHERE r.position = ? ORDER BY e.position", (position,))]
        written = [(e["source"], None if e.get("pages") is None else str(e["pages"]), e.get("quote"))
                   for e in relation.get("evidence", [])]
        cited = [row[0] for row in db.execute("SELECT source FROM citations WHERE relation = ? ORDER BY position", (position,))]
        if stored != written or cited != relation.get("citations", []):
            failures += 1
            print(f"relation {position}: evidence {stored} / citations {cited} differ from the file")
    print(f"store: evidence and citations of {len(document['relations'])} relations against PyYAML's reading")
sys.exit(1 if failures else 0)
PYTHON
echo "$check_name: passed"
