#!/usr/bin/env bash
# Regenerates the bundled councils in data/councils/ from Ofsted's published releases: every
# council's imported.yaml, and a council.yaml for each council that has no folder yet. Files
# written by hand (Middlesbrough's council.yaml and letters, data/interventions/) are never
# touched; see docs/import.md.
#
#   scripts/regenerate-bundled-data.sh [RELEASE.ods ...]
#
# With no arguments it imports the two releases the bundled data is built from, looked for in
# $OFSTED_RELEASES (default: ../shared/data/ofsted, beside the repository). The build and the
# tests never read the releases: they use what this script wrote and git holds.
set -euo pipefail
cd "$(dirname "$0")/.."

releases=("$@")
if [ "${#releases[@]}" -eq 0 ]; then
    folder="${OFSTED_RELEASES:-../shared/data/ofsted}"
    releases=(
        "$folder/LA_Inspection_Outcomes_as_at_31_March_2025.ods"
        "$folder/Childrens_social_care_in_England_2023_underlying_data.ods"
    )
fi
for release in "${releases[@]}"; do
    if [ ! -f "$release" ]; then
        echo "error: $release: no such release file (give the .ods files, or set OFSTED_RELEASES)" >&2
        exit 66
    fi
done

echo "==> releases"
sha256sum "${releases[@]}"
echo "==> swift build"
swift build --product journey
echo "==> journey import ofsted ... --into data"
.build/debug/journey import ofsted "${releases[@]}" --into data
echo "==> journey check data"
.build/debug/journey check data
