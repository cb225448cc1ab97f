#!/usr/bin/env bash
# Checks `import-events --format acled` against pandas, which reads the same file with its own
# CSV parser: an ACLED export of 20,000 generated events (notes with commas, doubled quotes
# and line ends; both date forms; one-sided events and events naming one actor twice;
# event ids of several lengths) is imported on two threads, and its relations must be those
# that a pandas aggregation written from the README's rules gives: each event's kind from
# its event type (or event and sub-event type), actor ids in kebab case, symmetric kinds
# ordered, runs split at gaps of more than 30 days, weight = events + fatalities, and the
# first three events by day, then event id (shorter first), as evidence with their notes.
set -euo pipefail
cd "$(dirname "$0")/.."

check_name=check-interchange-acled-pandas
source Scripts/lib-checks.sh
require_venv pandas pandas
build_actorgraph
make_workdir

"$python" - "$workdir" <<'PYTHON'
import csv, datetime, random, sys
random.seed(2023)
work = sys.argv[1]
actors = [f"Military Forces of Country{n} (2015-2023)" for n in range(4)] \
    + [f"Rebel Group {chr(65 + n)}" for n in range(8)] + [f"Civilians (Côte d'Ivoire {n})" for n in range(3)] \
    + [f"Protesters (Country{n})" for n in range(3)] + ["Police Forces of Country1 (2015-2023)", "Rioters (Country2)"]
types = {
    "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
    "Explosions/Remote violence": ["Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED"],
    "Violence against civilians": ["Attack", "Abduction/forced disappearance", "Sexual violence"],
    "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": ["Agreement", "Arrests", "Looting/property destruction", "Disrupted weapons use",
                               "Change to group/activity", "Headquarters or base established",
                               "Non-violent transfer of territory", "Other"],
}
header = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
          "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
          "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
          "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp"]
start = datetime.date(2019, 1, 1)
ids = random.sample(range(1, 10 ** 5), 20000)
with open(f"{work}/acled.csv", "w", newline="", encoding="utf-8") as out:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    for number in range(20000):
        kind = random.choice(list(types))
        day = start + datetime.timedelta(days=int(random.expovariate(1 / 300)) % 900)
        date = day.strftime("%d %B %Y") if random.random() < 0.7 else day.isoformat()
        actor1 = random.choice(actors)
        roll = random.random()
        actor2 = "" if roll < 0.05 else actor1 if roll < 0.06 else random.choice(actors)
        notes = random.choice(["", f"On {date}, a clash near town {number % 97}.",
                               f"Fighting, \"heavy\" fighting,\nreported by locals ({number}).",
                               "A note, with commas, and \"quotes\"."])
        writer.writerow([f"C{ids[number]}", date, day.year, 1, "Political violence",
                         kind, random.choice(types[kind]), actor1, "", random.randint(1, 8), actor2, "",
                         random.randint(0, 8), 10, "", 0, "Region", "Country", "", "", "", "Town", "1.0", "2.0", 1,
                         random.choice(["Reuters", "Local paper; Radio", ""]), "National", notes,
                         random.choice([0, 0, 0, 1, 2, 5, 12, 40]), "", 1600000000])
PYTHON

"$actorgraph" import-events "$workdir/acled.csv" --format acled --threads 2 -o "$workdir/graph.json" 2> "$workdir/summary"

"$python" - "$workdir" <<'PYTHON'
import datetime, json, sys
import pandas as pd

work = sys.argv[1]
frame = pd.read_csv(f"{work}/acled.csv", dtype=str, keep_default_na=False)

def day(text):
    try:
        return datetime.datetime.strptime(text, "%d %B %Y").date().toordinal()
    except ValueError:
        return datetime.date.fromisoformat(text).toordinal()

def kebab(name):
    out, dash = "", False
    for character in name.lower():
        if character.isalnum():
            if dash and out:
                out += "-"
            dash = False
            out += character
        else:
            dash = True
    return out

# The README's table.
by_type = {"battles": "fights", "explosions/remote violence": "attacks", "violence against civilians": "attacks",
           "riots": "clashes-with", "protests": "clashes-with"}
by_pair = {"agreement": "agrees-with", "arrests": "arrests", "looting/property destruction": "loots",
           "disrupted weapons use": "disrupts-weapons-of", "change to group/activity": "changes-activity-with",
           "headquarters or base established": "establishes-base-with",
           "non-violent transfer of territory": "transfers-territory-with", "other": "other-development-with"}
symmetric = {"fights", "clashes-with", "agrees-with", "changes-activity-with", "establishes-base-with",
             "transfers-territory-with", "other-development-with"}

frame["day"] = frame["event_date"].map(day)
frame["source"] = frame["actor1"].map(kebab)
frame["target"] = frame["actor2"].map(kebab)
read = len(frame)
one_sided = int(((frame["source"] == "") | (frame["target"] == "")).sum())
frame = frame[(frame["source"] != "") & (frame["target"] != "")]
same = int((frame["source"] == frame["target"]).sum())
frame = frame[frame["source"] != frame["target"]].copy()
frame["kind"] = [by_pair.get(sub.lower()) if kind.lower() == "strategic developments" else by_type.get(kind.lower())
                 for kind, sub in zip(frame["event_type"], frame["sub_event_type"])]
swap = frame["kind"].isin(symmetric) & (frame["source"] > frame["target"])
frame.loc[swap, ["source", "target"]] = frame.loc[swap, ["target", "source"]].values
# Runs per pair and kind, in plain Python over the rows pandas read.
rows = sorted(zip(frame["source"], frame["target"], frame["kind"], frame["day"], frame["event_id_cnty"].str.len(),
                  frame["event_id_cnty"], frame["notes"], frame["fatalities"].astype(int)),
              key=lambda row: (row[0], row[1], row[2], row[3], row[4], row[5]))
iso = lambda ordinal: datetime.date.fromordinal(ordinal).isoformat()
expected = {}
run = []
def close(run):
    source, target, kind, first = run[0][:4]
    evidence = [(f"acled-{row[5]}", row[6].strip(" ") or None) for row in run[:3]]
    expected[(source, kind, target, iso(first))] = (iso(run[-1][3]), len(run) + sum(row[7] for row in run), evidence)
for row in rows:
    if run and (row[:3] != run[-1][:3] or row[3] - run[-1][3] > 30):
        close(run)
        run = []
    run.append(row)
if run:
    close(run)
used = len(rows)

graph = json.load(open(f"{work}/graph.json"))
ours = {}
for relation in graph["relations"]:
    evidence = [(item["source"], item.get("quote")) for item in relation.get("evidence", [])] \
        or [(citation, None) for citation in relation.get("citations", [])]
    ours[(relation["source"], relation["kind"], relation["target"], relation["start"])] = (
        relation["end"], int(relation["weight"]), evidence)

failures = 0
for key in sorted(set(expected) | set(ours)):
    if expected.get(key) != ours.get(key):
        failures += 1
        if failures <= 5:
            print("differs:", key, "pandas", expected.get(key), "actorgraph", ours.get(key))
summary = open(f"{work}/summary").read()
told = f"imported {used} of {read} events into {len(expected)} relations"
if told not in summary or f"{one_sided} one-sided (no actor2); {same} with one actor on both sides" not in summary:
    failures += 1
    print("summary differs: expected", told, one_sided, same, "got", summary)
joined = sum(1 for value in expected.values() if len(value[2]) > 1)
print(f"check-interchange-acled-pandas: {len(expected)} relations ({joined} of several events) from {read} events, "
      f"{failures} differing")
sys.exit(1 if failures else 0)
PYTHON
