#!/usr/bin/env bash
# Soak: a mixed workload against the service for a bounded time (reads, includes, creates, updates, deletes, the Akinon
# saved-cards list and the Ottu card list), sampling the working set (VmRSS) of the benchmark host process every few
# seconds. Writes throughput, p99 and the working set over time to results/soak.md (results/soak-postgres.md), and exits
# non-zero, saying so, when the working set after warm-up moves by more than 10% (the median of each minute, so that
# the rise and fall between garbage collections is not taken for growth) or a request is answered with an error.
#
#   soak.sh                      10 minutes (2 of warm-up), 8 clients, 100k seeded cards, SQLite
#   soak.sh --minutes 30         longer; --warmup-minutes W, --clients N, --sample-seconds S, --cards N
#   soak.sh --database postgres  the same on a local PostgreSQL cluster the script starts (postgres.sh)
#   soak.sh --output FILE        the report elsewhere (a look that does not replace the committed result)
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
minutes=10 warmup_minutes=2 clients=8 sample_seconds=5 cards=100000 provider=sqlite output=""
service_port=5111 baseline_port=5112 unauthenticated_port=5113

while [[ $# -gt 0 ]]; do
  case "$1" in
    --minutes) minutes="$2"; shift ;;
    --warmup-minutes) warmup_minutes="$2"; shift ;;
    --clients) clients="$2"; shift ;;
    --sample-seconds) sample_seconds="$2"; shift ;;
    --cards) cards="$2"; shift ;;
    --output) output="$2"; shift ;;
    --database) provider="$2"; shift; [[ "$provider" == sqlite || "$provider" == postgres ]] || { echo "--database is sqlite or postgres" >&2; exit 2; } ;;
    *) echo "unknown option $1 (see the header of $0)" >&2; exit 2 ;;
  esac
  shift
done
(( warmup_minutes < minutes )) || fail "--warmup-minutes must be shorter than --minutes"
suffix=$([[ "$provider" == postgres ]] && echo "-postgres" || echo "")
output="${output:-$results/soak$suffix.md}"

publish
if [[ "$provider" == postgres ]]; then
  source "$here/postgres.sh"
  pg_start
fi
start_host "$(seeded_database "$cards")"
api_key=$(curl -sf --max-time 10 "http://127.0.0.1:$baseline_port/_bench/api_key") || fail "the host gave no API key"
# Timestamps move during the soak, as in production.
curl -sf --max-time 10 -X POST "http://127.0.0.1:$baseline_port/_bench/clock/ticking" >/dev/null || fail "could not start the benchmark clock"

log "soak: $clients clients for $minutes min ($warmup_minutes of warm-up), working set of process $host_pid every $sample_seconds s"
status=0
timeout $(( minutes * 60 + 300 )) dotnet "$work/publish/JsonApiCards.Benchmarks.dll" soak --url "http://127.0.0.1:$service_port" --token "$access_token" \
  --api-key "$api_key" --pid "$host_pid" --minutes "$minutes" --warmup-minutes "$warmup_minutes" --clients "$clients" \
  --sample-seconds "$sample_seconds" --cards "$cards" --output "$output" \
  --machine "$(nproc) cores, $(uname -m), $(dotnet --version 2>/dev/null | head -1) SDK, $(database_name), $cards cards" || status=$?
stop_host
[[ -f "$output" ]] && log "report: $output"
(( status == 0 )) || fail "the soak did not pass (exit $status): see $output"
