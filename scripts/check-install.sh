#!/usr/bin/env bash
# Follows the README's "Installing" steps: the release build, the binary copied onto a PATH,
# and checks that the installed binary runs on its bundled data from anywhere.
# Usage: scripts/check-install.sh  (from any folder; takes about ten minutes on two cores)
set -euo pipefail

cd "$(dirname "$0")/.."
swift build -c release --static-swift-stdlib --product journey
bin="$(swift build -c release --show-bin-path)/journey"
[ "$bin" -ef .build/release/journey ] || { echo "error: the binary is not where the README says" >&2; exit 1; }

place="$(mktemp -d)"
trap 'rm -rf "$place"' EXIT
mkdir -p "$place/bin" "$place/elsewhere"
install -m 755 .build/release/journey "$place/bin/journey"
cd "$place/elsewhere"
export PATH="$place/bin:$PATH" XDG_CACHE_HOME="$place/cache"

fail() { echo "error: installed journey: $*" >&2; exit 1; }
journey --help | grep -q "USAGE: journey" || fail "--help does not print the usage"
journey status | grep -q "^Middlesbrough Council on " || fail "status does not show the bundled Middlesbrough"
[ "$(journey councils | wc -l)" -ge 150 ] || fail "councils does not list every bundled council"
# Static: no shared library to load at start (ldd fails on a static executable).
ldd "$place/bin/journey" >/dev/null 2>&1 && fail "the binary is not a static executable"
echo "installed journey works: $(command -v journey)"
