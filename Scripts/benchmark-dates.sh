#!/usr/bin/env bash
# Date-solver benchmark: the same CSV edge list of N relations (100,000 by default) loaded
# twice with a release build, once with plain dates and once with every relation's dates
# written relative to other relations ("soon after r-K", "by r-K within 2w", ...), so the
# difference is what reading and solving relative dates costs. Prints medians of 5 runs of
# `actorgraph validate` and peak memory (/usr/bin/time), then the solver step alone: building
# the simple temporal network of the relative file and solving it, in process
# (actorgraph-scale-benchmark, medians of 5). Run it on a quiet machine.
#
#   bash Scripts/benchmark-dates.sh [relations]
set -euo pipefail
cd "$(dirname "$0")/.."
relations="${1:-100000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$relations" "$work" <<'EOF'
import random, sys
n, work = int(sys.argv[1]), sys.argv[2]
rng = random.Random(7)
forms = ["soon after r-{a}", "after r-{a} within 2w", "from r-{a}", "by r-{a}.end", "[2000-01-01..] & after r-{a}"]
with open(f"{work}/plain.csv", "w") as plain, open(f"{work}/relative.csv", "w") as relative:
    for out in (plain, relative):
        out.write("id,source,target,kind,start,end\n")
    for i in range(n):
        source, target = rng.randrange(5000), rng.randrange(5000)
        day = 1 + i % 28
        plain.write(f"r-{i},a{source},a{target},supports,2001-09-{day:02d},2001-10-{day:02d}\n")
        if i < 10:
            start, end = f"2000-01-{1 + i:02d}", f"[2000-01-{1 + i:02d}..2000-12-31]"
        else:
            # Anchors always point back, so the network has no cycle: every date is satisfiable.
            start = rng.choice(forms).format(a=rng.randrange(max(0, i - 1000), i))
            end = "[2000-01-01..2009-12-31]"
        relative.write(f"r-{i},a{source},a{target},supports,\"{start}\",\"{end}\"\n")
EOF

swift build -c release --product actorgraph 2>&1 | grep -E "error" || true
swift build -c release --product actorgraph-scale-benchmark 2>&1 | grep -E "error" || true
actorgraph="$(swift build -c release --show-bin-path)/actorgraph"
"$actorgraph" validate "$work/relative.csv" >/dev/null

for form in plain relative; do
    times=()
    for _ in 1 2 3 4 5; do
        /usr/bin/time -f "%e %M" -o "$work/time" "$actorgraph" validate "$work/$form.csv" >/dev/null
        times+=("$(cat "$work/time")")
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n 3p | {
        read -r seconds kilobytes
        echo "$form dates, $relations relations: median $seconds s of 5, peak $((kilobytes / 1024)) MB"
    }
done
"$(swift build -c release --show-bin-path)/actorgraph-scale-benchmark" "$work/relative.csv" | grep '^date network' |
    sed "s/^/relative dates, $relations relations: /"
