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

# A check that cannot run (a missing tool) exits 77 and counts as skipped, not passed.
passed=0
failed=0
skipped=0
for check in Scripts/check-*.sh; do
    [ -e "$check" ] || continue
    echo "== $check"
    bash "$check"
    case $? in
        0) passed=$((passed + 1)) ;;
        77) skipped=$((skipped + 1)) ;;
        *) failed=$((failed + 1)); status=1 ;;
    esac
done
echo "checks: $passed passed, $failed failed, $skipped skipped"
exit $status
