#!/usr/bin/env bash
# Renders the bundled graph on four dates of September-October 2001 into
# Graphs/central-asia-2001/DATE.svg (the pictures the README shows) and what changed from 17 to
# 22 September and the blocs of 22 September framed as clusters, in-process through
# Graphviz's C library, and writes the influence report of September-December 2001 as
# Markdown and HTML beside them. Rerun after changing the graph, the styles or the measures.
set -euo pipefail
cd "$(dirname "$0")/.."

swift build --product actorgraph >/dev/null
actorgraph="$(swift build --show-bin-path)/actorgraph"
mkdir -p Graphs/central-asia-2001
for date in 2001-09-12 2001-09-17 2001-09-22 2001-10-15; do
    "$actorgraph" render Graphs/central-asia-2001.yaml --at "$date" -o "Graphs/central-asia-2001/$date.svg"
    echo "render-examples: Graphs/central-asia-2001/$date.svg"
done
since=Graphs/central-asia-2001/2001-09-22-since-2001-09-17.svg
"$actorgraph" render Graphs/central-asia-2001.yaml --at 2001-09-22 --since 2001-09-17 -o "$since"
echo "render-examples: $since"
blocs=Graphs/central-asia-2001/2001-09-22-blocs.svg
"$actorgraph" render Graphs/central-asia-2001.yaml --at 2001-09-22 --clusters communities -o "$blocs"
echo "render-examples: $blocs"
"$actorgraph" explore Graphs/central-asia-2001.yaml -o Graphs/central-asia-2001/explorer.html
echo "render-examples: Graphs/central-asia-2001/explorer.html"
report=(report Graphs/central-asia-2001.yaml --from 2001-09-01 --to 2001-12-31 --every changes --reach)
"$actorgraph" "${report[@]}" --format md -o Graphs/central-asia-2001/influence-report.md
"$actorgraph" "${report[@]}" --format html -o Graphs/central-asia-2001/influence-report.html
echo "render-examples: Graphs/central-asia-2001/influence-report.md, influence-report.html"
