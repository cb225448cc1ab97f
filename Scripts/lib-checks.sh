# The preamble every Scripts/check-*.sh shares: finding the tools a check needs (skipping the
# check, and saying so plainly, when one is missing), building actorgraph, and a scratch
# directory. Sourced, never run, after `cd` to the repository root:
#
#   check_name=check-example
#   source Scripts/lib-checks.sh
#   require_venv "networkx, scipy" "networkx and scipy"
#   build_actorgraph        # sets $actorgraph
#   make_workdir            # sets $workdir, removed on exit
#
# The file name does not match check-*.sh, so Scripts/test.sh does not run it as a check.

# The exit status of a skipped check (automake's convention): Scripts/test.sh counts it as
# skipped, neither passed nor failed.
skip_status=77

# Prints "<check_name>: SKIPPED: <why>" and ends the check with $skip_status.
skip_check() {
    echo "$check_name: SKIPPED: $1"
    exit "$skip_status"
}

# True when .venv/bin/python exists and imports every module in $1 (a comma-separated list).
venv_has() {
    [ -x .venv/bin/python ] && .venv/bin/python -c "import $1" 2>/dev/null
}

# Skips the check unless .venv/bin/python imports the modules $1; $2 names them in the message.
# Sets $python.
require_venv() {
    venv_has "$1" || skip_check ".venv with $2 is missing (run Scripts/setup.sh)"
    python=.venv/bin/python
}

# Skips the check with message $1 unless every following program is on PATH.
require_commands() {
    local why="$1"; shift
    local program
    for program in "$@"; do
        command -v "$program" >/dev/null || skip_check "$why"
    done
}

# Skips the check unless Chromium, its driver and Selenium in .venv are installed. Sets
# $chromium_binary, $driver_binary and $python.
require_browser() {
    chromium_binary="$(command -v chromium || command -v chromium-browser || true)"
    driver_binary="$(command -v chromedriver || true)"
    if [ -z "$chromium_binary" ] || [ -z "$driver_binary" ]; then
        skip_check "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)"
    fi
    require_venv selenium selenium
}

# Builds the actorgraph command (debug) and sets $actorgraph to its path.
build_actorgraph() {
    swift build --product actorgraph >/dev/null
    actorgraph="$(swift build --show-bin-path)/actorgraph"
}

# Sets $workdir to a new temporary directory, removed when the check exits.
make_workdir() {
    workdir="$(mktemp -d)"
    trap 'rm -rf "$workdir"' EXIT
}
