#!/usr/bin/env bash
# Load benchmark: the JSON:API service against a hand-written minimal API (the baseline) over the same database,
# side by side in one run, on loopback only. Every step is bounded in time. Every request carries a bearer token that
# both validate the same way (rate limits on, raised); get_card also runs against the baseline without authentication
# (target baseline_no_auth), so the results show what validating the token costs.
#
#   load.sh            full run (~6-8 minutes on 2 cores): 100k cards, 2 rounds of 8 s per scenario and host
#   load.sh --quick    smoke run (~1-2 minutes once published and seeded): 1 round of 3 s
#   load.sh --scale    the list scenarios at 10k, 1M and 10M cards (--sizes 10000,1000000 runs fewer), service only, one
#                      client: pages by cursor (page 1 and page 1000, unfiltered and filtered and sorted) beside page 1000 by
#                      number and a list whose filter has no kept count (COUNT(*)), plus the statements' cost (results/scale.md).
#                      Seeding 10M cards takes long once (SQLite: an ~11 GB file; PostgreSQL: a few GB); it is cached.
#   load.sh --atomic   one atomic operations request of four writes against the four single requests (results/atomic.md)
#   load.sh --database postgres [...]   the same on a local PostgreSQL cluster the script starts (postgres.sh), results
#                      with a -postgres suffix (latest-postgres.md, scale-postgres.md)
#
# Options: --duration S, --rounds N, --connections N, --cards N, --sizes N,N (--scale), --only NAME,NAME (those scenarios only, e.g. create,update:
# a look at one change; the run is reported like a quick one and never replaces the committed results). Results go to test/JsonApiCards.Benchmarks/results/:
# latest.md and latest.json (full runs), scale.md (scale runs); a quick run's table and raw wrk output stay under the
# work folder (quick.md, quick.json), so a smoke run never replaces the committed results.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
mode=full duration=8 warmup=3 rounds=2 connections=16 cards=100000 only="" provider=sqlite
sizes=10000,1000000,10000000
# wrk's own limit on one request (its default); the scale run raises it, for a COUNT(*) over ten million rows.
request_timeout=2
# The Accept header of the requests (empty: the plain JSON:API media type); the scale run's cursor scenarios name the profile.
accept=""
cursor_accept='application/vnd.api+json; profile="https://jsonapi.org/profiles/ethanresnick/cursor-pagination/"'
service_port=5101 baseline_port=5102 unauthenticated_port=5103
auth_cost_scenario=get_card
host_header="cards.bench"

while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) mode=quick duration=3 warmup=1 rounds=1 ;;
    --scale) mode=scale duration=5 warmup=2 rounds=1 ;;
    --atomic) mode=atomic ;;
    --duration) duration="$2"; shift ;;
    --rounds) rounds="$2"; shift ;;
    --connections) connections="$2"; shift ;;
    --cards) cards="$2"; shift ;;
    --sizes) sizes="$2"; shift; [[ "$sizes" =~ ^[0-9]+(,[0-9]+)*$ ]] || { echo "--sizes is a comma-separated list of card counts" >&2; exit 2; } ;;
    --only) only="$2"; shift ;;
    --database) provider="$2"; shift; [[ "$provider" == sqlite || "$provider" == postgres ]] || { echo "--database is sqlite or postgres" >&2; exit 2; } ;;
    *) echo "unknown option $1 (see the header of $0)" >&2; exit 2 ;;
  esac
  shift
done

ensure_wrk() {
  command -v wrk >/dev/null && return
  log "installing wrk"
  timeout 300 apt-get install -y wrk >/dev/null 2>&1 || { timeout 300 apt-get update >/dev/null && timeout 300 apt-get install -y wrk >/dev/null; }
  command -v wrk >/dev/null || fail "wrk is not installed and apt-get could not install it"
}

counter() { # counter NAME: one number from the control endpoint
  local value
  for _ in 1 2 3; do
    value=$(curl -s --max-time 10 "http://127.0.0.1:$baseline_port/_bench/counters" | grep -o "\"$1\":[0-9]*" | cut -d: -f2)
    [[ -n "$value" ]] && { echo "$value"; return; }
    sleep 1
  done
  fail "the control endpoint did not report $1"
}

port_of() {
  case "$1" in
    service) echo "$service_port" ;;
    baseline) echo "$baseline_port" ;;
    baseline_no_auth) echo "$unauthenticated_port" ;;
    *) fail "unknown target $1" ;;
  esac
}

# targets_of NAME TARGETS: the targets a scenario runs against; the authentication cost scenario adds the baseline without it.
targets_of() {
  if [[ "$1" == "$auth_cost_scenario" && " $2 " == *" baseline "* ]]; then echo "$2 baseline_no_auth"; else echo "$2"; fi
}

# request TARGET METHOD PATH BODY OUT: one curl call; prints the status code.
request() {
  local args=(-sg --max-time $((request_timeout + 13)) -o "$5" -w '%{http_code}' -X "$2" -H "Host: $host_header" -H "Accept: ${accept:-application/vnd.api+json}"
    -H "Authorization: Bearer $access_token")
  [[ "$4" != "-" ]] && args+=(-H 'Content-Type: application/vnd.api+json' --data-binary "@$here/load/${4%%|*}")
  curl "${args[@]}" "http://127.0.0.1:$(port_of "$1")$3"
}

# Both hosts must answer every scenario with the same status and the same bytes. A created card gets a new id on
# each host, so for creates the ids are masked before comparing; everything else, timestamps and links included,
# must match as it is (both hosts share a fixed clock and every request names the same Host).
compare_bodies() {
  local name kind method path body list spread
  while IFS=$'\t' read -r name kind method path body list spread; do
    [[ -z "$name" || "$name" == \#* ]] && continue
    local service_status baseline_status
    service_status=$(request service "$method" "$path" "$body" "$work/$name.service.json")
    baseline_status=$(request baseline "$method" "$path" "$body" "$work/$name.baseline.json")
    [[ "$service_status" == 2* && "$service_status" == "$baseline_status" ]] \
      || fail "$name: service answered $service_status, baseline $baseline_status ($work/$name.*.json)"
    if [[ "$method" == POST ]]; then
      for target in service baseline; do
        sed -E -i 's#credit_cards/[0-9]+#credit_cards/ID#g; s#"id":"[0-9]+","type":"credit_cards"#"id":"ID","type":"credit_cards"#' "$work/$name.$target.json"
      done
    fi
    if ! cmp -s "$work/$name.service.json" "$work/$name.baseline.json"; then
      cmp "$work/$name.service.json" "$work/$name.baseline.json" >&2 || true
      log "service:  $(head -c 600 "$work/$name.service.json")"
      log "baseline: $(head -c 600 "$work/$name.baseline.json")"
      fail "$name: the service and the baseline returned different bodies (full bodies in $work)"
    fi
    log "same bytes from both: $name ($(wc -c <"$work/$name.service.json") bytes)"
    if [[ "$name" == "$auth_cost_scenario" ]]; then
      local open_status; open_status=$(request baseline_no_auth "$method" "$path" "$body" "$work/$name.baseline_no_auth.json")
      [[ "$open_status" == "$service_status" ]] && cmp -s "$work/$name.service.json" "$work/$name.baseline_no_auth.json" \
        || fail "$name: the baseline without authentication answered $open_status or other bytes ($work/$name.*.json)"
      local target refused
      for target in service baseline; do
        refused=$(curl -sg --max-time 15 -o /dev/null -w '%{http_code}' -H "Host: $host_header" -H 'Accept: application/vnd.api+json' "http://127.0.0.1:$(port_of "$target")$path")
        [[ "$refused" == 401 ]] || fail "$name: the $target answered $refused, not 401, to a request without a token"
      done
      log "same bytes without authentication too: $name; and both hosts with it refuse a request without a token"
    fi
  done <"$here/load/scenarios.tsv"
}

# measure SCENARIO TARGET METHOD PATH BODY SECONDS CONNECTIONS ROUND SPREAD: one wrk run, appended to raw.tsv.
measure() {
  local name="$1" target="$2" method="$3" path="$4" body="$5" seconds="$6" clients="$7" round="$8" spread="${9:--}"
  local out="$work/wrk.$name.$target.$round.txt" body_file="" alternate_file=""
  [[ "$body" != "-" ]] && body_file="$here/load/${body%%|*}"
  [[ "$body" == *"|"* ]] && alternate_file="$here/load/${body#*|}"
  local allocated_before sql_before allocated_after sql_after sql_name
  sql_name=$([[ "$target" == service ]] && echo serviceSqlCommands || echo baselineSqlCommands)
  allocated_before=$(counter allocatedBytes); sql_before=$(counter "$sql_name")
  WRK_METHOD="$method" WRK_BODY_FILE="$body_file" WRK_ALTERNATE_BODY_FILE="$alternate_file" WRK_SPREAD_IDS="${spread/#-/}" WRK_ACCEPT="$accept" \
    timeout $((seconds + request_timeout + 30)) \
    wrk -t1 -c"$clients" -d"${seconds}s" --timeout "${request_timeout}s" --latency -H "Host: $host_header" -H "Authorization: Bearer $access_token" -s "$here/load/request.lua" \
    "http://127.0.0.1:$(port_of "$target")$path" >"$out" 2>&1 || fail "wrk $name $target (see $out)"
  allocated_after=$(counter allocatedBytes); sql_after=$(counter "$sql_name")
  awk -v scenario="$name" -v target="$target" -v round="$round" \
      -v allocated=$((allocated_after - allocated_before)) -v sql=$((sql_after - sql_before)) '
    function ms(value) {
      if (value ~ /us$/) return substr(value, 1, length(value) - 2) / 1000
      if (value ~ /ms$/) return substr(value, 1, length(value) - 2) + 0
      if (value ~ /s$/) return substr(value, 1, length(value) - 1) * 1000
      return value + 0
    }
    / 50%/ { p50 = ms($2) } / 99%/ { p99 = ms($2) }
    /requests in/ { requests = $1 }
    /Requests\/sec/ { rps = $2 }
    /Non-2xx/ { failed = $NF }
    /Socket errors/ { errors = $0 }
    END {
      if (requests == 0) { print "no requests completed" > "/dev/stderr"; exit 1 }
      printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", scenario, target, round, rps, p50, p99, requests, allocated, sql, failed + 0
    }' "$out" >>"$work/raw.tsv" || fail "could not read $out"
  local failed; failed=$(tail -1 "$work/raw.tsv" | cut -f10)
  [[ "$failed" == 0 ]] || fail "$name on the $target answered $failed requests with an error status (see $out)"
  log "$(tail -1 "$work/raw.tsv" | awk -F'\t' '{ printf "%-24s %-8s round %s: %8.0f req/s  p50 %6.2f ms  p99 %6.2f ms", $1, $2, $3, $4, $5, $6 }')"
}

# run_scenarios TARGETS LIST_ONLY: warm up, then alternate the targets scenario by scenario, round after round.
run_scenarios() {
  local targets="$1" list_only="$2" round name kind method path body list spread target
  : >"$work/raw.tsv"
  log "warming up"
  while IFS=$'\t' read -r name kind method path body list spread; do
    [[ -z "$name" || "$name" == \#* ]] && continue
    [[ "$list_only" == yes && "$list" != yes ]] && continue
    [[ -n "$only" && ",$only," != *",$name,"* ]] && continue
    for target in $(targets_of "$name" "$targets"); do
      # The first read on a fresh host (JIT, EF Core's model, a cold database file) can take longer than the whole wrk
      # warm-up on a busy machine, which then completes no request; one bounded read first. Writes are left alone: an
      # extra row would change what the measured writes see.
      [[ "$method" == GET ]] && { request "$target" GET "$path" - /dev/null >/dev/null || fail "$name: the $target did not answer a first read"; }
      measure "$name" "$target" "$method" "$path" "$body" "$warmup" "$connections" warmup "$spread"
    done
  done <"$here/load/scenarios.tsv"
  : >"$work/raw.tsv"
  for round in $(seq 1 "$rounds"); do
    while IFS=$'\t' read -r name kind method path body list spread; do
      [[ -z "$name" || "$name" == \#* ]] && continue
      [[ "$list_only" == yes && "$list" != yes ]] && continue
      [[ -n "$only" && ",$only," != *",$name,"* ]] && continue
      # Alternate which host goes first, so neither always runs on a machine the other just warmed or loaded.
      local order; order=$(targets_of "$name" "$targets")
      [[ $((round % 2)) == 0 && "$targets" == "service baseline" ]] && order=$(echo "$order" | tr ' ' '\n' | tac | tr '\n' ' ')
      for target in $order; do measure "$name" "$target" "$method" "$path" "$body" "$duration" "$connections" "$round" "$spread"; done
    done <"$here/load/scenarios.tsv"
  done
}

# run_scale_scenarios SIZE: the scale run's own scenarios (load/scale.tsv) on the service, into raw.tsv. A deep page by
# cursor is reached once by walking links.next on the running host (bounded in time; a small database may end sooner),
# then measured like any other path; the page each one measured goes to scale-pages.tsv.
run_scale_scenarios() {
  local size="$1" name kind path page measured reached walked round status started first_seconds window
  : >"$work/raw.tsv"
  while IFS=$'\t' read -r name kind path page; do
    [[ -z "$name" || "$name" == \#* ]] && continue
    [[ -n "$only" && ",$only," != *",$name,"* ]] && continue
    accept=$([[ "$kind" == cursor ]] && echo "$cursor_accept" || echo "")
    measured="$path" reached="$page"
    if [[ "$kind" == cursor && "$page" -gt 1 ]]; then
      log "$name: walking to page $page by links.next"
      walked=$(timeout 330 dotnet "$work/publish/JsonApiCards.Benchmarks.dll" walk --url "http://127.0.0.1:$service_port" --token "$access_token" \
        --path "$path" --page "$page" --seconds 300) || fail "$name: could not walk to page $page by links.next"
      reached="${walked%%$'\t'*}" measured="${walked#*$'\t'}"
      [[ "$reached" == "$page" ]] || log "$name: $size cards hold $reached such pages; measuring the last"
    fi
    printf '%s\t%s\t%s\n' "$size" "$name" "$reached" >>"$work/scale-pages.tsv"
    started=$(date +%s%N)
    status=$(request service GET "$measured" - "$work/$name.service.json") || fail "$name: the service did not answer a first read"
    [[ "$status" == 200 ]] || fail "$name: the service answered $status ($work/$name.service.json)"
    # A request slower than the warm-up window (COUNT(*) of an unkept filter over 10M rows) would complete none in it:
    # the first read is its warm-up, and its rounds last long enough for a few requests.
    first_seconds=$(( ($(date +%s%N) - started) / 1000000000 + 1 ))
    window="$duration"
    if [[ $((first_seconds * 2)) -gt "$warmup" ]]; then
      window=$(( first_seconds * 4 > duration ? first_seconds * 4 : duration ))
      log "$name: one request takes about ${first_seconds} s; measuring over ${window} s"
    else
      measure "$name" service GET "$measured" - "$warmup" "$connections" warmup
    fi
    for round in $(seq 1 "$rounds"); do measure "$name" service GET "$measured" - "$window" "$connections" "$round"; done
  done <"$here/load/scale.tsv"
  accept=""
}

# measured_rows SIZE: raw.tsv's measured rounds (not the warm-up) with the card count in front, as scale.tsv takes them.
measured_rows() { awk -F'\t' -v size="$1" '$3 != "warmup" { print size "\t" $0 }' "$work/raw.tsv"; }

machine() { echo "$(nproc) cores, $(uname -m), $(dotnet --version 2>/dev/null | head -1) SDK, $(database_name), wrk -t1 -c$connections -d${duration}s x $rounds rounds, $cards cards"; }

suffix=$([[ "$provider" == postgres ]] && echo "-postgres" || echo "")

ensure_wrk
publish
if [[ "$provider" == postgres ]]; then
  source "$here/postgres.sh"
  pg_start
fi

if [[ "$mode" == scale ]]; then
  request_timeout=60
  : >"$work/scale.tsv"
  : >"$work/scale-pages.tsv"
  : >"$work/count.md"
  for size in ${sizes//,/ }; do
    database=$(seeded_database "$size")
    start_host "$database"
    connections_before="$connections"; connections=1
    log "scale $size: the list scenarios, one client"
    run_scenarios service yes
    measured_rows "$size" >>"$work/scale.tsv"
    log "scale $size: pages by cursor and by number, one client"
    run_scale_scenarios "$size"
    measured_rows "$size" >>"$work/scale.tsv"
    connections="$connections_before"
    stop_host
    log "scale $size: the statements' cost"
    timeout "$(seed_seconds "$size" 300 120)" dotnet "$work/publish/JsonApiCards.Benchmarks.dll" count --provider "$provider" --database "$database" --cards "$size" >>"$work/count.md" \
      || fail "count cost at $size"
  done
  bench report --scale "$work/scale.tsv" --pages "$work/scale-pages.tsv" --count "$work/count.md" --output "$results/scale$suffix.md" \
    --machine "$(nproc) cores, $(uname -m), $(dotnet --version 2>/dev/null | head -1) SDK, $(database_name), wrk -t1 -c1 -d${duration}s x $rounds rounds, best of them"
  rm -f "$work/count.md"
  exit 0
fi

if [[ "$mode" == atomic ]]; then
  start_host "$(seeded_database "$cards")"
  curl -sf --max-time 10 -X POST "http://127.0.0.1:$baseline_port/_bench/clock/ticking" >/dev/null || fail "could not start the benchmark clock"
  log "atomic: $connections clients, ${duration} s per journey kind"
  timeout 300 dotnet "$work/publish/JsonApiCards.Benchmarks.dll" journey --url "http://127.0.0.1:$service_port" --token "$access_token" \
    --host "$host_header" --clients "$connections" --seconds "$duration" --warmup "$warmup" --output "$results/atomic$suffix.md" \
    --machine "$(nproc) cores, $(uname -m), $(dotnet --version 2>/dev/null | head -1) SDK, $(database_name), $cards cards" || fail "journey benchmark"
  stop_host
  cat "$results/atomic$suffix.md"
  exit 0
fi

database=$(seeded_database "$cards")
start_host "$database"
compare_bodies
# From here on the shared clock moves, so rows created under load do not all tie on one timestamp.
curl -sf --max-time 10 -X POST "http://127.0.0.1:$baseline_port/_bench/clock/ticking" >/dev/null || fail "could not start the benchmark clock"
run_scenarios "service baseline" no
stop_host
report="$results/latest$suffix"
if [[ $mode == quick || -n "$only" ]]; then
  report="$work/quick$suffix"
fi
bench report --input "$work/raw.tsv" --scenarios "$here/load/scenarios.tsv" --output "$report" --machine "$(machine) ($mode)"
