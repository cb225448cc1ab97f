#!/usr/bin/env bash
# Runs every ActorGraph test: the Swift test suite, then each Scripts/check-*.sh (checks
# against real clients: NetworkX, Graphviz's parser, headless Chromium). Run
# Scripts/setup.sh once first (the README's first command does).
set -uo pipefail
cd "$(dirname "$0")/.."

status=0
swift build --build-tests || exit 1
swift test --skip-build 2>&1 | tee /tmp/actorgraph-swift-test.log
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1

passed=0
failed=0
for check in Scripts/check-*.sh; do
    [ -e "$check" ] || continue
    echo "== $check"
    if bash "$check"; then passed=$((passed + 1)); else failed=$((failed + 1)); status=1; fi
done
echo "checks: $passed passed, $failed failed"
exit $status
