# shellcheck shell=bash
# A throwaway PostgreSQL server on loopback, started with initdb and pg_ctl directly: the CI
# container runs no systemd to start the packaged service.
# Source it, then:   ci_postgres_start [port]   → exports CI_POSTGRES_URL (database "outreach")
#                    ci_postgres_stop           → stops the server, removes its files
# Run directly to check it in isolation: bash .ci/postgres.sh selftest [port]

ci_postgres_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [[ -z "$bin" || ! -x "$bin/initdb" ]]; then
    echo "postgres.sh: no PostgreSQL server under /usr/lib/postgresql (apt-get install postgresql)" >&2
    return 1
  fi
  echo "$bin"
}

# initdb refuses to run as root: as root, run the server's tools as the postgres user.
ci_postgres_as_owner() {
  if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

ci_postgres_start() {
  local port=${1:-5433} bin
  bin=$(ci_postgres_bin) || return 1
  if [[ -n "${CI_POSTGRES_DIR:-}" ]]; then
    echo "postgres.sh: a server is already running from $CI_POSTGRES_DIR" >&2
    return 1
  fi
  CI_POSTGRES_BIN=$bin
  CI_POSTGRES_DIR=$(mktemp -d /tmp/ci-postgres.XXXXXX)
  if [[ $EUID -eq 0 ]]; then chown postgres:postgres "$CI_POSTGRES_DIR"; fi
  chmod 700 "$CI_POSTGRES_DIR"

  echo "PostgreSQL: $("$bin/postgres" --version) in $CI_POSTGRES_DIR, port $port"
  ci_postgres_as_owner "$bin/initdb" -D "$CI_POSTGRES_DIR/data" -U postgres --auth=trust \
    -E UTF8 --locale=C.UTF-8 >"$CI_POSTGRES_DIR/initdb.log" 2>&1 || {
    cat "$CI_POSTGRES_DIR/initdb.log" >&2
    return 1
  }
  # Tests and e2e builds don't need durability: skip fsync to save minutes on slow CI disks.
  ci_postgres_as_owner "$bin/pg_ctl" -D "$CI_POSTGRES_DIR/data" -l "$CI_POSTGRES_DIR/pg.log" \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $CI_POSTGRES_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    -w -t 60 start || {
    cat "$CI_POSTGRES_DIR/pg.log" >&2
    return 1
  }
  CI_POSTGRES_PORT=$port
  "$bin/psql" -v ON_ERROR_STOP=1 -q "postgresql://postgres@127.0.0.1:$port/postgres" -c 'create database outreach'
  export CI_POSTGRES_URL="postgres://postgres@127.0.0.1:$port/outreach"
}

ci_postgres_stop() {
  [[ -n "${CI_POSTGRES_DIR:-}" ]] || return 0
  if [[ -f "$CI_POSTGRES_DIR/data/postmaster.pid" ]]; then
    ci_postgres_as_owner "$CI_POSTGRES_BIN/pg_ctl" -D "$CI_POSTGRES_DIR/data" -m fast -w stop >/dev/null ||
      echo "postgres.sh: pg_ctl stop failed; see $CI_POSTGRES_DIR/pg.log" >&2
  fi
  rm -rf "$CI_POSTGRES_DIR"
  unset CI_POSTGRES_DIR CI_POSTGRES_PORT CI_POSTGRES_URL
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -euo pipefail
  case "${1:-}" in
    selftest)
      trap ci_postgres_stop EXIT
      ci_postgres_start "${2:-5433}"
      "$CI_POSTGRES_BIN/psql" -v ON_ERROR_STOP=1 -At "$CI_POSTGRES_URL" \
        -c 'select current_database(), split_part(version(), $$ on $$, 1)'
      ;;
    *)
      echo "usage: bash .ci/postgres.sh selftest [port]   (or source it for ci_postgres_start/stop)" >&2
      exit 2
      ;;
  esac
fi
