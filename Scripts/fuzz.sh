#!/usr/bin/env bash
# Runs one libFuzzer target for SECONDS seconds: Scripts/fuzz.sh TARGET SECONDS [libFuzzer flags]
#
# TARGET is a reader: yaml, json, csv, graphml, gexf, gdelt, icews, acled or dates (run
# `Scripts/fuzz.sh list` for them). The first run builds actorgraph-fuzz with
# `-sanitize=fuzzer,address` into .build-fuzz/ (a few minutes); the corpus grows in
# .build-fuzz/corpus/TARGET/ from seeds taken from the repository's fixtures, and a crashing,
# hanging (10 s) or memory-hungry (2 GB) input is written to .build-fuzz/artifacts/.
# The last line says how many inputs ran and whether one failed; the exit status is 1
# when one did. Replay an input with a plain build: `swift run actorgraph-fuzz TARGET FILE`.
set -uo pipefail
cd "$(dirname "$0")/.."

targets="yaml json csv graphml gexf gdelt icews acled dates"
target="${1:-}"
if [ "$target" = list ]; then echo "$targets"; exit 0; fi
case " $targets " in
    *" $target "*) ;;
    *) echo "usage: Scripts/fuzz.sh TARGET SECONDS [libFuzzer flags]; TARGET: $targets" >&2; exit 2 ;;
esac
seconds="${2:-60}"
shift 2 2>/dev/null || shift $#

build_path=.build-fuzz
if [ -z "${FUZZ_SKIP_BUILD:-}" ]; then
    swift build --build-path "$build_path" --product actorgraph-fuzz \
        -Xswiftc -sanitize=fuzzer,address \
        -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table \
        -Xcc -fsanitize=fuzzer-no-link,address >"$build_path.log" 2>&1 \
        || { tail -20 "$build_path.log" >&2; echo "fuzz $target: the fuzzing build failed" >&2; exit 3; }
fi
fuzzer="$build_path/debug/actorgraph-fuzz"

# Seeds: the fixtures of the target's format (small ones: libFuzzer mutates short inputs best).
seeds="$(mktemp -d)"
trap 'rm -rf "$seeds"' EXIT
case "$target" in
    yaml) patterns=('*.yaml' '*.yml') ;;
    json) patterns=('*.json') ;;
    csv) patterns=('*.csv') ;;
    graphml) patterns=('*.graphml') ;;
    gexf) patterns=('*.gexf') ;;
    gdelt) patterns=('*.export.CSV') ;;
    icews) patterns=('*.tab') ;;
    acled) patterns=('acled-*.csv') ;;
    dates) patterns=() ;;
esac
for pattern in "${patterns[@]}"; do
    find Graphs Tests -name "$pattern" -size -64k -type f 2>/dev/null
done | while IFS= read -r fixture; do
    cp "$fixture" "$seeds/$(printf '%s' "$fixture" | tr / _)"
done
if [ "$target" = dates ]; then
    # The forms of Graphs/central-asia-2001.yaml and the README: plain, ranged, relative, vague.
    index=0
    for text in 2001-09-11 2001-09 2001 '2001-09~' '2001?' '2001-10-07%' .. '[2001-09-12..2001-09-20]' \
        '[2001-09..2001-10]' 'after r0' 'after r1 within 7d' 'before r2 by 3w' 'by r0' 'soon after r1' \
        'within days of r0' '2001-09-20 after r0' 'after r0.end within 2m' 'vagueness soon=14d,days=5d,later=..'; do
        printf '%s\n' "$text" >"$seeds/date-$index"
        index=$((index + 1))
    done
    printf '2001-09-11\nafter r0 within 7d\nbefore r1\n' >"$seeds/date-chain"
fi

corpus="$build_path/corpus/$target"
artifacts="$build_path/artifacts"
mkdir -p "$corpus" "$artifacts"
log="$build_path/fuzz-$target.log"
"$fuzzer" "$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$artifacts/$target-" "$@" "$corpus" "$seeds" >"$log" 2>&1
status=$?
executions="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
if [ "$status" -eq 0 ]; then
    echo "fuzz $target: ${executions:-?} inputs in ${seconds} s, none crashed, hung or ran out of memory"
else
    grep -E "^==[0-9]+==ERROR|SUMMARY|Test unit written|Fatal error|ALARM|out-of-memory" "$log" | head -8 >&2
    echo "fuzz $target: FAILED after ${executions:-?} inputs (log: $log)"
    exit 1
fi
