#!/usr/bin/env bash
# Fuzzes every reader (Scripts/fuzz.sh) for a few seconds each: FUZZ_SECONDS (default 4)
# a target, about half a minute in all after the sanitizer build. Fails when an input
# crashes, hangs or exhausts memory; skipped when the toolchain has no libFuzzer.
cd "$(dirname "$0")/.."
check_name=check-fuzz-readers
source Scripts/lib-checks.sh

toolchain_lib="$(dirname "$(dirname "$(readlink -f "$(command -v swiftc)")")")/lib"
ls "$toolchain_lib"/clang/*/lib/*/libclang_rt.fuzzer*.a >/dev/null 2>&1 \
    || skip_check "this Swift toolchain has no libFuzzer (libclang_rt.fuzzer)"

seconds="${FUZZ_SECONDS:-4}"
status=0
built=""
for target in $(bash Scripts/fuzz.sh list); do
    FUZZ_SKIP_BUILD="$built" bash Scripts/fuzz.sh "$target" "$seconds" || status=1
    built=1
done
[ "$status" -eq 0 ] && echo "$check_name: passed" || echo "$check_name: FAILED"
exit "$status"
