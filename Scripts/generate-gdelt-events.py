"""Writes a synthetic GDELT 2.0 event export (61 tab-separated columns, no header) of about
the given size, for benchmarks: events between ACTORS actors (default 150) with Zipf-like
popularity, spread in date order over one year as GDELT's daily files are, CAMEO codes from
every root.

    python3 Scripts/generate-gdelt-events.py OUT.export.CSV MEGABYTES [ACTORS]
"""
import datetime
import random
import sys

path, megabytes = sys.argv[1], int(sys.argv[2])
actor_count = int(sys.argv[3]) if len(sys.argv) > 3 else 150
random.seed(2001)
countries = [f"C{i:02d}" for i in range(100)]
actors = ([(c, c, "") for c in countries] + [(c + "GOV", c, "GOV") for c in countries[:30]]
          + [(c + "REB", c, "REB") for c in countries[:20]])[:actor_count]
weights = [1.0 / (rank + 1) for rank in range(len(actors))]
codes = ["010", "020", "036", "040", "042", "043", "046", "051", "057", "061", "064", "070", "073", "084", "090",
         "100", "111", "112", "120", "130", "141", "150", "160", "173", "180", "190", "193", "195", "200"]
geo = ["4", "Somewhere, Someplace", "XX", "XX01", "", "41.3", "69.2", "-123456"]
target = megabytes * 1_000_000
written = 0
event_id = 1_000_000_000
first_day = datetime.date(2015, 1, 1)
with open(path, "w") as out:
    while written < target:
        date = (first_day + datetime.timedelta(days=(written * 365) // target)).strftime("%Y%m%d")
        lines = []
        for _ in range(1000):
            a1, a2 = random.choices(actors, weights, k=2)
            code = random.choice(codes)
            event_id += 1
            row = [str(event_id), date, date[:6], date[:4], "2015.5", a1[0], "NAME " + a1[0], a1[1], "", "", "", "",
                   a1[2], "", "", a2[0], "NAME " + a2[0], a2[1], "", "", "", "", a2[2], "", "", "1", code, code[:3],
                   code[:2], "1", "%.1f" % random.uniform(-10, 10), str(random.randint(1, 60)), "1", "2", "-1.2"]
            row += geo * 3 + [date + "120000", f"https://news.example.org/{event_id}.html"]
            lines.append("\t".join(row))
        chunk = "\n".join(lines) + "\n"
        out.write(chunk)
        written += len(chunk)
