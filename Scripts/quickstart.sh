#!/usr/bin/env bash
# First run on a fresh Debian machine with Swift: install what is missing, build, and run
# the main job on the bundled graph.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/setup.sh
bash Scripts/demo.sh
