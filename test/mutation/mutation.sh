#!/usr/bin/env bash
# Mutation testing of the JSON:API layer (src/JsonApiCards.JsonApi) with dotnet-stryker, a local tool in the manifest,
# against the layer's own tests and the API's tests on SQLite (stryker-config.yaml).
#
# A whole run takes hours on 2 cores (the documents part alone ran past 100 minutes), so the layer is measured in three parts, each a complete Stryker run over its
# folders. A part's result goes to test/JsonApiCards.Benchmarks/results/mutation/PART.json (counts per file, with a hash
# of each file's source, and the mutants that lived); mutation.mjs then writes results/mutation.md, the score over every
# part whose files are unchanged since it ran. Stryker's own HTML and JSON reports stay in test/mutation/.work/reports/.
#
#   mutation.sh documents    Documents, Operations, Serialization, Errors, Middleware and the layer's root files
#   mutation.sh queries      QueryStrings and Queries
#   mutation.sh endpoints    Endpoints, OpenApi, Services, Resources and Definitions
#   mutation.sh report       writes results/mutation.md from the parts already measured
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$here/.work"
results="$root/test/JsonApiCards.Benchmarks/results"
part="${1:-}"

case "$part" in
  documents) folders=(Documents Operations Serialization Errors Middleware)
             files=(CursorPaginationProfile JsonApiOptions JsonApiOptionsValidator JsonApiResourceBuilder JsonApiResourceRegistration JsonApiServiceCollectionExtensions) ;;
  queries)   folders=(QueryStrings Queries) files=() ;;
  endpoints) folders=(Endpoints OpenApi Services Resources Definitions) files=() ;;
  report)    node "$here/mutation.mjs" report "$results/mutation" "$results/mutation.md" "$root/src/JsonApiCards.JsonApi"; exit ;;
  *) echo "usage: $0 documents|queries|endpoints|report (see the header of $0)" >&2; exit 2 ;;
esac

mutate=() scope=""
for folder in "${folders[@]}"; do scope+="$folder/,"; done
for file in "${files[@]}"; do scope+="$file.cs,"; done
for folder in "${folders[@]}"; do mutate+=(--mutate "**/$folder/**/*.cs"); done
for file in "${files[@]}"; do mutate+=(--mutate "**/$file.cs"); done

(cd "$root" && dotnet tool restore >/dev/null)
rm -rf "$work" && mkdir -p "$work" "$results/mutation"
started=$(date +%s)
(cd "$here" && dotnet stryker --config-file stryker-config.yaml --output "$work" "${mutate[@]}")
minutes=$(( ($(date +%s) - started + 59) / 60 ))

stryker="$(node -p "require('$root/.config/dotnet-tools.json').tools['dotnet-stryker'].version")"
run="$(date -u +%Y-%m-%d), commit $(git -C "$root" rev-parse --short HEAD), dotnet-stryker $stryker, $minutes minutes on $(nproc) cores"
node "$here/mutation.mjs" part "$work/reports/mutation-report.json" "$results/mutation/$part.json" "$part" "$run" "$root/src/JsonApiCards.JsonApi" "${scope%,}"
node "$here/mutation.mjs" report "$results/mutation" "$results/mutation.md" "$root/src/JsonApiCards.JsonApi"
