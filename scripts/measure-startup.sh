#!/usr/bin/env bash
# Measures start-up, scale and search of a journey binary against `less` and `grep` in the same
# run (issue 12; see docs/index.md). Needs python3, hyperfine and GNU time.
# Usage: scripts/measure-startup.sh [BINARY]   (default .build/release/journey)
set -euo pipefail

cd "$(dirname "$0")/.."
bin="$(realpath "${1:-.build/release/journey}")"
ptytime="${PTYTIME:-../shared/tools/ptytime.py}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME="$work/cache"

# A user's root of every council: the bundled data as files (158 councils, reports included).
cp -r data "$work/root"
letter="$(ls data/councils/middlesbrough/letters/* | head -1)"
"$bin" councils --data "$work/root" >/dev/null   # builds the index once, as an import would

first() { python3 "$ptytime" --settle 150 --runs "${RUNS:-7}" --keys jjjjjjj -- "$@"; }
echo "== first frame (ms, median) and key latency, 120x40"
echo "less:           $(first less "$letter" | tr '\n' ' ')"
echo "bundled:        $(first "$bin" | tr '\n' ' ')"
echo "root, one:      $(first "$bin" --data "$work/root" --council wakefield | tr '\n' ' ')"
echo "root, picker:   $(first "$bin" --data "$work/root" | tr '\n' ' ')"

echo "== journey status"
hyperfine -N -w 3 -r 20 "$bin status" "$bin status --data $work/root --council wakefield" 2>/dev/null \
    | grep -E "Time|status"

echo "== search over every council, reports included, against grep -rFic on the same files"
for phrase in "${@:2}" "permanence" "Requires improvement to be good" "social workers"; do
    hyperfine -N -w 2 -r 10 "$bin search --all --data $work/root '$phrase'" \
        "grep -rFic '$phrase' $work/root/councils" 2>/dev/null | grep -E "Time|±|faster|slower"
done

echo "== peak memory (KB)"
for args in "councils" "status" "summary"; do
    printf '%-10s %s\n' "$args" "$( { /usr/bin/time -v "$bin" $args >/dev/null; } 2>&1 | awk '/Maximum resident/ {print $6}')"
done
