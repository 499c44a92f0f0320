#!/usr/bin/env bash
# Mutation testing of the JSON:API layer (src/JsonApiCards.JsonApi) with dotnet-stryker, a local tool in the manifest,
# against the layer's own tests and the API's tests on SQLite (stryker-config.yaml).
#
# A whole run takes hours on 2 cores (its 39 middleware mutants alone took 18 minutes: every API test covers them), and a
# run does not outlive a working session, so the layer is measured in parts of one or more of its folders or files, each
# measured whole; "root" is the layer's own root files. A part's result goes to
# test/JsonApiCards.Benchmarks/results/mutation/PART.json (counts per file, with a hash of each file's source, and the
# mutants that lived); mutation.mjs then writes results/mutation.md, the score over every part whose files are unchanged
# since it ran. Stryker's own HTML and JSON reports stay in test/mutation/.work/first|second/reports/.
#
# A part runs in two passes, because per-request code is covered by most of the API's tests and a mutant they do not kill
# costs a whole run of them (minutes each on 2 cores). The first pass runs the layer's own tests alone over every mutant; the second
# runs both projects' tests (stryker-config.yaml) over only the mutants the first left, selected by their character spans.
#
#   mutation.sh Middleware             one part: the Middleware folder (named middleware)
#   mutation.sh Errors Serialization   one part of two folders (named errors+serialization)
#   mutation.sh root                   the layer's root files
#   mutation.sh Queries/Keyset         a subfolder (named queries-keyset)
#   mutation.sh Documents/DocumentReader.cs
#                                      one file (named documents-documentreader), for a folder too slow for one session
#   mutation.sh --name queries-root Queries/A.cs Queries/B.cs
#                                      several files as one part with a name of its own
#   mutation.sh report                 writes results/mutation.md from the parts already measured
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
layer="$root/src/JsonApiCards.JsonApi"
work="$here/.work"
results="$root/test/JsonApiCards.Benchmarks/results"

if [ "${1:-}" = report ]; then
  node "$here/mutation.mjs" report "$results/mutation" "$results/mutation.md" "$layer"
  exit
fi

part_name=""
if [ "${1:-}" = --name ] && [ $# -ge 3 ]; then
  part_name="$2"
  shift 2
fi

if [ $# -eq 0 ]; then
  echo "usage: $0 [--name PART] FOLDER|FILE... | root | report, FOLDER one of:" $(cd "$layer" && ls -d */ | grep -v -e '^bin/' -e '^obj/' | tr -d /) >&2
  exit 2
fi

folders=() files=() names=()
for name in "$@"; do
  if [ "$name" = root ]; then
    files+=($(cd "$layer" && ls *.cs | sed 's/\.cs$//'))
  elif [[ "$name" == *.cs ]] && [ -f "$layer/$name" ]; then
    files+=("${name%.cs}")
  elif [ -d "$layer/$name" ] && [ "$name" != bin ] && [ "$name" != obj ]; then
    folders+=("$name")
  else
    echo "$0: $name is neither a folder nor a file of $layer, nor root" >&2
    exit 2
  fi
  names+=("$(echo "${name%.cs}" | tr '[:upper:]/' '[:lower:]-')")
done
part="${part_name:-$(IFS=+; echo "${names[*]}")}"

mutate=() scope=""
for folder in "${folders[@]}"; do scope+="$folder/,"; done
for file in "${files[@]}"; do scope+="$file.cs,"; done
for folder in "${folders[@]}"; do mutate+=(--mutate "**/$folder/**/*.cs"); done
for file in "${files[@]}"; do mutate+=(--mutate "**/$file.cs"); done

(cd "$root" && dotnet tool restore >/dev/null)
rm -rf "$work" && mkdir -p "$work" "$results/mutation"
started=$(date +%s)
# First pass: the layer's own tests alone, a few seconds a mutant. A mutant they kill is killed by both projects' tests.
(cd "$here" && dotnet stryker --config-file stryker-config.yaml --output "$work/first" "${mutate[@]}" \
  --test-project ../JsonApiCards.JsonApi.Tests/JsonApiCards.JsonApi.Tests.csproj)
first="$work/first/reports/mutation-report.json"
# Second pass: both test projects (stryker-config.yaml), over only the mutants the first pass left undetected.
second=-
mapfile -t left < <(node "$here/mutation.mjs" spans "$first")
if [ ${#left[@]} -gt 0 ]; then
  again=()
  for pattern in "${left[@]}"; do again+=(--mutate "$pattern"); done
  (cd "$here" && dotnet stryker --config-file stryker-config.yaml --output "$work/second" "${again[@]}")
  second="$work/second/reports/mutation-report.json"
fi
minutes=$(( ($(date +%s) - started + 59) / 60 ))

stryker="$(node -p "require('$root/.config/dotnet-tools.json').tools['dotnet-stryker'].version")"
run="$(date -u +%Y-%m-%d), commit $(git -C "$root" rev-parse --short HEAD), dotnet-stryker $stryker, $minutes minutes on $(nproc) cores, two passes"
node "$here/mutation.mjs" part "$first" "$second" "$results/mutation/$part.json" "$part" "$run" "$layer" "${scope%,}"
node "$here/mutation.mjs" report "$results/mutation" "$results/mutation.md" "$layer"
