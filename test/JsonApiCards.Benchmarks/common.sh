#!/usr/bin/env bash
# What load.sh and soak.sh share, sourced by both: the benchmark tool published in Release, seeded databases (one per
# size and schema, copied for each run), and the benchmark host (the service, the baseline and the control endpoint in one
# process) started and stopped. Each script sets provider and the ports before calling these.

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$here/.work"
results="$here/results"
script_name="$(basename "${BASH_SOURCE[1]:-$0}" .sh)"

log() { printf '[%s %s] %s\n' "$script_name" "$(date -u +%H:%M:%S)" "$*" >&2; }
fail() { log "FAILED: $*"; exit 1; }
mkdir -p "$work" "$results"

publish() {
  log "publishing Release"
  timeout 600 dotnet publish "$here/JsonApiCards.Benchmarks.csproj" -c Release -o "$work/publish" --nologo -v q >"$work/publish.log" 2>&1 \
    || { tail -30 "$work/publish.log" >&2; fail "dotnet publish"; }
}

bench() { dotnet "$work/publish/JsonApiCards.Benchmarks.dll" "$@"; }

# seed_seconds SIZE BASE PER_MILLION: the time seeding SIZE cards may take; ten million cards take long (progress is printed).
seed_seconds() { echo $(( $2 + $3 * $1 / 1000000 )); }

# A seeded database per size and schema (the migrations' hash), kept between runs; each run works on a fresh copy.
# Prints what `serve`, `seed` and `count` take after --database.
seeded_database() {
  local schema; schema=$(find "$root/src/JsonApiCards.Api/Data/Migrations" -name '*.cs' | sort | xargs cat | sha1sum | cut -c1-10)
  if [[ "$provider" == postgres ]]; then
    pg_seeded_database "$1" "$schema"
    return
  fi
  local size="$1" database="$work/cards-$1-$schema.db"
  if [[ ! -f "$database" ]]; then
    log "seeding $size cards"
    timeout "$(seed_seconds "$size" 900 900)" dotnet "$work/publish/JsonApiCards.Benchmarks.dll" seed --database "$database.tmp" --cards "$size" >&2 \
      || fail "seeding $size cards"
    mv "$database.tmp" "$database"
  fi
  rm -f "$work/run.db" "$work/run.db-wal" "$work/run.db-shm"
  (( size < 1000000 )) || log "copying the seeded $size-card database ($(du -h "$database" | cut -f1))"
  cp --reflink=auto "$database" "$work/run.db"
  echo "$work/run.db"
}

host_pid="" access_token=""
stop_host() {
  if [[ -n "$host_pid" ]] && kill -0 "$host_pid" 2>/dev/null; then
    kill "$host_pid" 2>/dev/null || true
    timeout 20 tail --pid="$host_pid" -f /dev/null || kill -9 "$host_pid" 2>/dev/null || true
  fi
  host_pid=""
}
trap stop_host EXIT

start_host() {
  stop_host
  for port in "$service_port" "$baseline_port" "$unauthenticated_port"; do
    ! curl -s --max-time 2 "http://127.0.0.1:$port/" >/dev/null 2>&1 || fail "port $port is already in use (a host from an earlier run?)"
  done
  dotnet "$work/publish/JsonApiCards.Benchmarks.dll" serve --provider "$provider" --database "$1" --service-port "$service_port" --baseline-port "$baseline_port" \
    --unauthenticated-baseline-port "$unauthenticated_port" >"$work/serve.log" 2>&1 &
  host_pid=$!
  for _ in $(seq 1 60); do
    if curl -sf --max-time 2 "http://127.0.0.1:$baseline_port/_bench/counters" >/dev/null 2>&1 \
        && curl -s --max-time 2 -o /dev/null "http://127.0.0.1:$unauthenticated_port/" 2>/dev/null; then
      access_token=$(curl -sf --max-time 10 "http://127.0.0.1:$baseline_port/_bench/access_token") || fail "the host gave no access token"
      return
    fi
    kill -0 "$host_pid" 2>/dev/null || { cat "$work/serve.log" >&2; fail "the benchmark host exited"; }
    sleep 1
  done
  fail "the benchmark host did not answer within 60 s"
}

database_name() { [[ "$provider" == postgres ]] && echo "PostgreSQL $(postgres --version 2>/dev/null | grep -o '[0-9][0-9.]*' | head -1) (local, loopback)" || echo "SQLite"; }
