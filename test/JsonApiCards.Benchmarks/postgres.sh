# Sourced by load.sh for --database postgres: a local PostgreSQL cluster of the benchmark's own, on loopback, kept
# under the work folder between runs (with one seeded database per size and schema), started for the run and stopped
# at its end. Needs the PostgreSQL server binaries (apt-get install postgresql); the server never runs as root.

pg_port=5433
pg_data="$work/postgres/data"
pg_bin=""
pg_user=""

pg_find_binaries() {
  if command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
    pg_bin="$(dirname "$(command -v pg_ctl)")"
  else
    pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  fi
  [[ -n "$pg_bin" && -x "$pg_bin/pg_ctl" ]] || fail "the PostgreSQL server binaries are missing: apt-get install postgresql"
  command -v psql >/dev/null || fail "psql is missing: apt-get install postgresql-client"
}

# as_server_user COMMAND...: the server refuses to run as root, so as root it runs as the postgres user.
as_server_user() {
  if [[ $(id -u) == 0 ]]; then runuser -u "$pg_user" -- "$@"; else "$@"; fi
}

pg_sql() { psql -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtAc "$1"; }

pg_connection_string() { echo "Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=$1"; }

pg_start() {
  pg_find_binaries
  pg_user=$([[ $(id -u) == 0 ]] && echo postgres || id -un)
  id "$pg_user" >/dev/null 2>&1 || fail "no $pg_user user to run the PostgreSQL server as"
  if [[ ! -f "$pg_data/PG_VERSION" ]]; then
    log "creating a PostgreSQL cluster in $pg_data"
    mkdir -p "$pg_data" && chown -R "$pg_user" "$work/postgres"
    as_server_user "$pg_bin/initdb" -D "$pg_data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$work/postgres/initdb.log" 2>&1 \
      || { cat "$work/postgres/initdb.log" >&2; fail "initdb"; }
  fi
  ! pg_sql "SELECT 1" >/dev/null 2>&1 || fail "port $pg_port is already in use (a cluster from an earlier run?)"
  # Default durability (fsync, synchronous commit) as a deployment would run it; memory sized for the 1M-card database.
  as_server_user "$pg_bin/pg_ctl" -D "$pg_data" -l "$work/postgres/server.log" -w -t 60 start \
    -o "-p $pg_port -c listen_addresses=127.0.0.1 -k /tmp -c shared_buffers=512MB -c max_connections=200" >/dev/null \
    || { tail -20 "$work/postgres/server.log" >&2; fail "PostgreSQL did not start"; }
  trap 'stop_host; pg_stop' EXIT
}

pg_stop() {
  [[ -n "$pg_bin" && -f "$pg_data/postmaster.pid" ]] && as_server_user "$pg_bin/pg_ctl" -D "$pg_data" -m fast -w stop >/dev/null 2>&1 || true
}

# pg_seeded_database SIZE SCHEMA: a fresh copy (CREATE DATABASE ... TEMPLATE) of the seeded database of that size; prints its connection string.
pg_seeded_database() {
  local seeded="cards_$1_$2"
  if [[ -z "$(pg_sql "SELECT 1 FROM pg_database WHERE datname = '$seeded'")" ]]; then
    log "seeding $1 cards into PostgreSQL"
    pg_sql "DROP DATABASE IF EXISTS ${seeded}_tmp" && pg_sql "CREATE DATABASE ${seeded}_tmp"
    timeout "$(seed_seconds "$1" 1800 900)" dotnet "$work/publish/JsonApiCards.Benchmarks.dll" seed --provider postgres --database "$(pg_connection_string "${seeded}_tmp")" --cards "$1" >&2 \
      || fail "seeding $1 cards"
    pg_sql "ALTER DATABASE ${seeded}_tmp RENAME TO $seeded"
  fi
  (( $1 < 1000000 )) || log "copying the seeded $1-card database"
  pg_sql "DROP DATABASE IF EXISTS cards_run" && pg_sql "CREATE DATABASE cards_run TEMPLATE $seeded"
  pg_connection_string cards_run
}
