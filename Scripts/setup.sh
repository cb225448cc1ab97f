#!/usr/bin/env bash
# Installs what ActorGraph needs on a fresh Debian machine with Swift: Graphviz's C library
# (rendering), libxml2's headers (the GraphML and GEXF readers), SQLite's headers (the
# store, through GRDB) and its sqlite3 program, zlib's headers (zipped and gzipped event
# files), the dot program and Chromium (cross-checks in tests), and a Python virtual
# environment in .venv with the peer
# libraries the parity checks and benchmarks compare with.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_packages=(libgraphviz-dev libxml2-dev libsqlite3-dev sqlite3 zlib1g-dev graphviz chromium chromium-driver python3-venv)
missing=()
for package in "${apt_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c "import networkx, igraph, rustworkx, selenium, duckdb" 2>/dev/null; then
    echo "setup: creating .venv with the peer libraries"
    python3 -m venv .venv
    .venv/bin/pip install -q --disable-pip-version-check -r Scripts/requirements-peers.txt
fi
echo "setup: ready"
