#!/usr/bin/env bash
# Builds and runs the libFuzzer targets (docs/reliability.md). Not part of `swift test`.
#
#   Fuzz/fuzz.sh build                    build every target into .build-fuzz/
#   Fuzz/fuzz.sh seeds                    (re)make the seed corpora from the shipped files
#   Fuzz/fuzz.sh run TARGET CPU_MINUTES   fuzz TARGET until it has used CPU_MINUTES of CPU time
#   Fuzz/fuzz.sh repro TARGET FILE...     run TARGET once on each FILE (a finding)
#
# Targets: ods-content, csv-reader, council-loader. Run long fuzzing under `nice -n 19`; the
# timeout is wall time, so it is generous for a busy machine.
# Corpora grow in .build-fuzz/corpus/TARGET; findings land in .build-fuzz/findings/TARGET;
# each run appends "target, CPU minutes, runs, findings" to .build-fuzz/fuzz-log.tsv.
set -euo pipefail

cd "$(dirname "$0")/.."
OUT=.build-fuzz
B=$OUT/release
TARGETS=(ods-content csv-reader council-loader)
export SWIFT_BACKTRACE=enable=no
export LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan.supp:print_suppressions=0"

source_of() {
    case "$1" in
        ods-content) echo Fuzz/Targets/ODSContentTarget.swift Fuzz/Targets/ImportPipeline.swift ;;
        csv-reader) echo Fuzz/Targets/CSVReaderTarget.swift Fuzz/Targets/ImportPipeline.swift ;;
        council-loader) echo Fuzz/Targets/CouncilLoaderTarget.swift ;;
        *) echo "unknown target '$1' (one of: ${TARGETS[*]})" >&2; exit 64 ;;
    esac
}

build() {
    # The libraries, instrumented for coverage and AddressSanitizer. SwiftPM's --sanitize fuzzer
    # would also turn the package's executables into libraries, so coverage is asked for by
    # hand: -sanitize-coverage for Swift, -fsanitize=fuzzer-no-link for C. -enable-testing lets
    # a target reach the parsers' internal types through @testable import.
    swift build --build-path "$OUT" -c release --target JourneyImport --sanitize address \
        -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table \
        -Xcc -fsanitize=fuzzer-no-link -Xswiftc -enable-testing
    local objects=() object
    for module in JourneyImport JourneyModel Yams ZIPFoundation CSV; do
        for object in "$B/$module.build"/*.o; do
            # Skip what a removed source file left behind.
            case $module in Journey*) [ -f "Sources/$module/$(basename "$object" .o)" ] || continue ;; esac
            objects+=("$object")
        done
    done
    objects+=("$B"/CYaml.build/src/*.o)
    for target in "${TARGETS[@]}"; do
        # shellcheck disable=SC2046 # one word per source file
        swiftc -sanitize=fuzzer,address -parse-as-library -O -I "$B/Modules" \
            -I "$OUT/checkouts/Yams/Sources/CYaml/include" -I "$OUT/checkouts/ZIPFoundation/Sources/CZLib" \
            $(source_of "$target") "${objects[@]}" -lz -o "$B/fuzz-$target" 2>&1 \
            | { grep -v "Cannot export local symbol" || true; }
        echo "built $B/fuzz-$target"
    done
}

seeds() {
    python3 Fuzz/make-seeds.py "$OUT/corpus"
}

# CPU seconds (user + system) a process has used so far.
cpu_seconds() {
    # Fields 14-17 of /proc/PID/stat: user and system time of the process and of its waited-for
    # children (fork mode runs the inputs in children).
    awk -v tick="$(getconf CLK_TCK)" '{ print int(($14 + $15 + $16 + $17) / tick) }' "/proc/$1/stat" 2>/dev/null \
        || echo 0
}

run() {
    local target=$1 minutes=$2
    source_of "$target" >/dev/null
    local corpus=$OUT/corpus/$target findings=$OUT/findings/$target
    mkdir -p "$corpus" "$findings"
    local log=$OUT/logs/$target-$(date +%Y%m%d-%H%M%S).log
    mkdir -p "$OUT/logs"
    # FoundationXML leaks an error object for every XML error, and LeakSanitizer's checks then
    # crash inside it: leaks are not looked for in the XML target (docs/reliability.md).
    local leaks=1
    [ "$target" = ods-content ] && leaks=0
    # In its own process group, so that stopping it stops the jobs it forks too.
    ASAN_OPTIONS="detect_leaks=$leaks" setsid "$B/fuzz-$target" -artifact_prefix="$findings/" -max_len=65536 \
        -timeout=60 -rss_limit_mb=4096 -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
        "$corpus" >"$log" 2>&1 &
    local pid=$! used=0 limit=$((minutes * 60))
    trap 'kill -TERM -- -"$pid" 2>/dev/null' EXIT
    while kill -0 "$pid" 2>/dev/null; do
        used=$(cpu_seconds "$pid")
        [ "$used" -ge "$limit" ] && break
        sleep 5
    done
    # The jobs' time counts once they are reaped, so the count is a little low, never high.
    kill -TERM -- -"$pid" 2>/dev/null || true
    wait "$pid" || true
    trap - EXIT
    local runs; runs=$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#')
    local found; found=$(find "$findings" -type f | wc -l)
    printf '%s\t%s\t%s\t%s\t%s\n' "$(date -Is)" "$target" "$(awk -v s="$used" 'BEGIN { printf "%.1f", s / 60 }')" \
        "$runs" "$found" \
        | tee -a "$OUT/fuzz-log.tsv"
}

repro() {
    local target=$1; shift
    local leaks=1
    [ "$target" = ods-content ] && leaks=0
    ASAN_OPTIONS="detect_leaks=$leaks" "$B/fuzz-$target" -runs=1 "$@"
}

case "${1:-}" in
    build) build ;;
    seeds) seeds ;;
    run) run "$2" "$3" ;;
    repro) repro "${@:2}" ;;
    *) sed -n '2,12p' "$0"; exit 64 ;;
esac
