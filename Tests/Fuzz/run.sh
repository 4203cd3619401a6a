#!/usr/bin/env bash
# Builds the libFuzzer targets in Tests/Fuzz/ with -sanitize=fuzzer,address and runs each for
# SECONDS (default 60). Usage: Tests/Fuzz/run.sh [SECONDS] [TARGET...]   (targets: yaml rules rrule intake)
#
# The build uses its own scratch path (.build-fuzz) and SIZHEN_FUZZ=1, under which
# Package.swift declares the fuzz executables; a normal `swift build` never sees them.
# LeakSanitizer is off: Swift keeps enum tags in a pointer's spare bits, so objects held by
# globals through an enum payload (RuleType.object, for one) look leaked at exit.
# Working corpora grow in Tests/Fuzz/corpus-<target>/ (ignored by git), seeded from the repository;
# crashes, leaks and timeouts are written to Tests/Fuzz/findings/<target>/.
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(yaml rules rrule intake)
scratch=.build-fuzz
# Optimised (bounds and overflow checks stay on) runs 10-50 times as many inputs a second as
# debug; FUZZ_CONFIGURATION=debug gives better stack traces.
configuration=${FUZZ_CONFIGURATION:-release}
logs=$scratch/fuzz-logs
mkdir -p "$logs"

build() {
    # SwiftPM keeps one build description per scratch path; switching --product under an
    # unchanged manifest fails with "unknown build description", so drop it first.
    rm -f "$scratch/$configuration.yaml" "$scratch"/*/"$configuration"/description.json
    SIZHEN_FUZZ=1 swift build --scratch-path "$scratch" -c "$configuration" \
        -Xswiftc -sanitize=fuzzer,address --product "fuzz-$1" >"$logs/build-$1.txt" 2>&1
}

seed() {  # seed <target> <dir>: copies the repository's inputs for a target into dir
    local target=$1 dir=$2
    case $target in
        yaml)   find Workflows Tests/SizhenLoaderTests/Fixtures Tests/SizhenCommandTests/Corpus/yaml \
                    -name '*.yaml' -size -64k -exec cp -t "$dir" {} + 2>/dev/null ;;
        rules)  cp Tests/Fuzz/seeds/rules/* "$dir" ;;
        rrule)  cp Tests/Fuzz/seeds/rrule/* "$dir" ;;
        intake) find docs/examples Tests/SizhenCommandTests/Corpus/csv -name '*.csv' -size -64k \
                    -exec cp -t "$dir" {} + 2>/dev/null ;;
    esac
    # Past findings join the seeds, so that a regression shows at once.
    [ -d "Tests/Fuzz/findings/$target" ] && find "Tests/Fuzz/findings/$target" -type f ! -name '*.md' -exec cp -t "$dir" {} + 2>/dev/null
    return 0
}

summary=()
status=0
for target in "${targets[@]}"; do
    echo "== fuzz-$target: building"
    if ! build "$target"; then
        echo "build failed; see $logs/build-$target.txt"; grep -m5 'error:' "$logs/build-$target.txt"
        status=1; summary+=("$target: BUILD FAILED"); continue
    fi
    corpus=Tests/Fuzz/corpus-$target
    seeds=$scratch/seeds-$target
    findings=Tests/Fuzz/findings/$target
    mkdir -p "$corpus" "$findings"
    rm -rf "$seeds"; mkdir -p "$seeds"; seed "$target" "$seeds"
    dict=()
    [ -f "Tests/Fuzz/dicts/$target.dict" ] && dict=("-dict=Tests/Fuzz/dicts/$target.dict")
    before=$(find "$findings" -type f ! -name '*.md' | wc -l)
    echo "== fuzz-$target: running ${seconds}s (log $logs/run-$target.txt)"
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} \
    "$scratch/$configuration/fuzz-$target" "$corpus" "$seeds" "${dict[@]}" \
        -max_total_time="$seconds" -max_len=4096 -rss_limit_mb=2048 -timeout=5 \
        -detect_leaks=0 -print_final_stats=1 -artifact_prefix="$findings/" >"$logs/run-$target.txt" 2>&1
    code=$?
    after=$(find "$findings" -type f ! -name '*.md' | wc -l)
    log=$logs/run-$target.txt
    runs=$(grep -m1 '^stat::number_of_executed_units' "$log" | awk '{print $2}')
    rate=$(grep -m1 '^stat::average_exec_per_sec' "$log" | awk '{print $2}')
    last=$(grep -E '^#[0-9]+' "$log" | tail -1)
    cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$last")
    ft=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"$last")
    corp=$(sed -nE 's/.* corp: ([0-9]+)\/.*/\1/p' <<<"$last")
    new=$((after - before))
    line="$target: ${seconds}s, runs ${runs:-?}, exec/s ${rate:-?}, cov ${cov:-?} edges, ft ${ft:-?}, corpus ${corp:-?}, new findings $new"
    if [ $code -ne 0 ]; then
        line+=" (exit $code: $(grep -m1 -E 'ERROR: (AddressSanitizer|libFuzzer|LeakSanitizer)|Fatal error' "$log"))"
        status=1
    fi
    echo "$line"
    summary+=("$line")
done
echo
echo "== summary"
printf '%s\n' "${summary[@]}"
exit $status
