"""Writes a synthetic GDELT 2.0 event export (61 tab-separated columns, no header) of about
the given size, for benchmarks: events between ACTORS actor codes (default 150) with
Zipf-like popularity, spread in date order over one year as GDELT's daily files are, CAMEO
codes from every root.

The first 150 codes are 100 countries (C00..C99), 30 governments (C00GOV..) and 20 rebel
groups (C00REB..); past 150, each country gains further CAMEO actor types (MIL, OPP, BUS, ...),
so 2,000 codes are 100 countries with 19 types each.

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
          + [(c + "REB", c, "REB") for c in countries[:20]])
more_types = ["GOV", "REB", "MIL", "OPP", "BUS", "MED", "CVL", "JUD", "LEG", "COP", "INS", "SPY", "EDU", "HLH",
              "LAB", "AGR", "ELI", "REF", "UAF"]
for actor_type in more_types:
    for country in countries:
        if (country + actor_type, country, actor_type) not in actors:
            actors.append((country + actor_type, country, actor_type))
if actor_count > len(actors):
    sys.exit(f"at most {len(actors)} actors")
actors = actors[:actor_count]
weights = [1.0 / (rank + 1) for rank in range(len(actors))]
codes = ["010", "020", "036", "040", "042", "043", "046", "051", "057", "061", "064", "070", "073", "084", "090",
         "100", "111", "112", "120", "130", "141", "150", "160", "173", "180", "190", "193", "195", "200"]
# Each actor's ten columns (code, name, country, known group, ethnic, two religions, three types),
# joined once: the rows are put together from whole segments.
segments = ["\t".join([code, "NAME " + code, country, "", "", "", "", actor_type, "", ""])
            for code, country, actor_type in actors]
cumulative = []
total = 0.0
for weight in weights:
    total += weight
    cumulative.append(total)
geo = "\t".join(["4", "Somewhere, Someplace", "XX", "XX01", "", "41.3", "69.2", "-123456"] * 3)
target = megabytes * 1_000_000
written = 0
event_id = 1_000_000_000
first_day = datetime.date(2015, 1, 1)
with open(path, "w") as out:
    while written < target:
        date = (first_day + datetime.timedelta(days=(written * 365) // target)).strftime("%Y%m%d")
        dates = "\t".join([date, date[:6], date[:4], "2015.5"])
        pairs = random.choices(range(len(actors)), cum_weights=cumulative, k=2000)
        lines = []
        for index in range(1000):
            code = random.choice(codes)
            event_id += 1
            lines.append(f"{event_id}\t{dates}\t{segments[pairs[2 * index]]}\t{segments[pairs[2 * index + 1]]}\t1\t"
                         f"{code}\t{code[:3]}\t{code[:2]}\t1\t{random.uniform(-10, 10):.1f}\t{random.randint(1, 60)}"
                         f"\t1\t2\t-1.2\t{geo}\t{date}120000\thttps://news.example.org/{event_id}.html")
        chunk = "\n".join(lines) + "\n"
        out.write(chunk)
        written += len(chunk)
