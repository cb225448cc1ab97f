#!/usr/bin/env bash
# Renders the bundled graph on four dates of September-October 2001 into
# Graphs/central-asia-2001/DATE.svg (the pictures the README shows), in-process through
# Graphviz's C library. Rerun after changing the graph or the diagram styles.
set -euo pipefail
cd "$(dirname "$0")/.."

swift build --product actorgraph >/dev/null
actorgraph="$(swift build --show-bin-path)/actorgraph"
mkdir -p Graphs/central-asia-2001
for date in 2001-09-12 2001-09-17 2001-09-22 2001-10-15; do
    "$actorgraph" render Graphs/central-asia-2001.yaml --at "$date" -o "Graphs/central-asia-2001/$date.svg"
    echo "render-examples: Graphs/central-asia-2001/$date.svg"
done
