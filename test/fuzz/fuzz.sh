#!/usr/bin/env bash
# Coverage-guided fuzzing of the JSON:API layer's query-string reader and request body readers with afl-fuzz (Debian's afl++)
# and SharpFuzz: publishes the harness (JsonApiCards.Fuzz), instruments JsonApiCards.JsonApi.dll, and runs each harness for a
# bounded time from the seed corpus in corpus/HARNESS. Inputs that crash a harness (an exception other than the layer's own
# 4xx error, or a hang) are copied to crashes/HARNESS/, where FuzzFindingsTests replays them as example tests; the script then
# exits 1.
#
#   fuzz.sh                   every harness for 10 minutes each
#   fuzz.sh --seconds 30      the short run CI makes
#   fuzz.sh --only query      one harness (query, document)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$here/.work"
seconds=600 only=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --seconds) seconds="$2"; shift ;;
    --only) only="$2"; shift ;;
    *) echo "unknown option $1 (see the header of $0)" >&2; exit 2 ;;
  esac
  shift
done
harnesses=${only:-"query document"}

log() { printf '[fuzz %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

if ! command -v afl-fuzz >/dev/null; then
  log "installing afl++"
  timeout 600 apt-get install -y afl++ >/dev/null 2>&1 || { timeout 300 apt-get update >/dev/null && timeout 600 apt-get install -y afl++ >/dev/null; }
fi

rm -rf "$work" && mkdir -p "$work/findings"
log "publishing the harness and instrumenting JsonApiCards.JsonApi.dll"
(cd "$root" && timeout 300 dotnet tool restore >/dev/null)
timeout 600 dotnet publish "$here/JsonApiCards.Fuzz/JsonApiCards.Fuzz.csproj" -c Release -o "$work/publish" --nologo -v q >"$work/publish.log" 2>&1 \
  || { tail -30 "$work/publish.log" >&2; exit 1; }
(cd "$root" && timeout 120 dotnet sharpfuzz "$work/publish/JsonApiCards.JsonApi.dll" >/dev/null)

# The harness is a managed program, not a binary afl-gcc built: afl-fuzz must not look for its own instrumentation in
# dotnet, and the runtime takes a moment to start its forkserver.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export AFL_FORKSRV_INIT_TMOUT=60000 DOTNET_TieredPGO=0

found=0
for harness in $harnesses; do
  log "$harness: ${seconds} s from $(ls "$here/corpus/$harness" | wc -l) seeds"
  timeout $((seconds + 120)) afl-fuzz -i "$here/corpus/$harness" -o "$work/findings/$harness" -t 5000 -m none -V "$seconds" \
    -- dotnet "$work/publish/JsonApiCards.Fuzz.dll" "$harness" >"$work/$harness.log" 2>&1 || { tail -40 "$work/$harness.log" >&2; log "afl-fuzz failed on $harness"; exit 1; }
  stats="$work/findings/$harness/default/fuzzer_stats"
  log "$harness: $(grep -E '^execs_done' "$stats" | tr -s ' '), $(grep -E '^corpus_count' "$stats" | tr -s ' '), $(grep -E '^saved_crashes' "$stats" | tr -s ' '), $(grep -E '^saved_hangs' "$stats" | tr -s ' ')"
  for kind in crashes hangs; do
    for input in "$work/findings/$harness/default/$kind"/id:*; do
      [[ -e "$input" ]] || continue
      mkdir -p "$here/crashes/$harness"
      cp "$input" "$here/crashes/$harness/$kind-$(sha1sum "$input" | cut -c1-12)"
      found=$((found + 1))
    done
  done
done

if [[ $found -gt 0 ]]; then
  log "FOUND $found crashing or hanging inputs, now in $here/crashes/ (replay: dotnet $work/publish/JsonApiCards.Fuzz.dll replay HARNESS FILE)"
  exit 1
fi
log "no crash and no hang"
