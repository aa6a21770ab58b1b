#!/usr/bin/env bash
# Ensures a throwaway PostgreSQL server for the storage tests and prints its connection string as the last line of
# stdout: PERIZINAN_POSTGRES=Host=127.0.0.1;Port=...;Username=postgres;Database=postgres
# Installs Debian's postgresql when initdb/pg_ctl are missing. PostgreSQL refuses to run as root, so the cluster lives
# in a folder under /tmp owned by the postgres user and is run as that user. Idempotent: a server already running from
# that folder is reused. Trust authentication, listening on 127.0.0.1 only: for tests, never for production data.
# Everything but the last line goes to stderr.
set -euo pipefail

data="${PERIZINAN_PG_DATA:-/tmp/perizinan-postgres}"
first_port="${PERIZINAN_PG_PORT:-55432}"
log() { echo "postgres.sh: $*" >&2; }

find_bin() {
  local dir
  if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v pg_ctl)")"
    return 0
  fi
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/pg_ctl" ] && [ -x "$dir/initdb" ]; then
      echo "$dir"
      return 0
    fi
  done
  return 1
}

if ! bin="$(find_bin)"; then
  log "initdb/pg_ctl not found: installing Debian's postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends postgresql >&2
  bin="$(find_bin)" || { log "postgresql installed but pg_ctl/initdb still not found"; exit 1; }
fi

# Runs a command as the postgres user when we are root (PostgreSQL refuses root), as ourselves otherwise.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    if command -v runuser >/dev/null 2>&1; then runuser -u postgres -- "$@"; else su postgres -s /bin/bash -c "$(printf '%q ' "$@")"; fi
  else
    "$@"
  fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

running_port() {
  # postmaster.pid line 4 is the port; the server is ours and alive when pg_ctl status says so.
  if [ -f "$data/postmaster.pid" ] && as_pg "$bin/pg_ctl" status -D "$data" >/dev/null 2>&1; then
    sed -n 4p "$data/postmaster.pid"
    return 0
  fi
  return 1
}

if port="$(running_port)"; then
  log "reusing the server already running from $data on port $port"
else
  if [ ! -f "$data/PG_VERSION" ]; then
    log "creating a cluster in $data"
    rm -rf "$data"
    mkdir -p "$data"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$data"
    chmod 700 "$data"
    as_pg "$bin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C >&2
  fi
  port="$first_port"
  while port_in_use "$port"; do
    port=$((port + 1))
    if [ "$port" -gt $((first_port + 100)) ]; then log "no free port from $first_port"; exit 1; fi
  done
  log "starting on port $port"
  as_pg "$bin/pg_ctl" start -D "$data" -w -t 60 -l "$data/server.log" \
    -o "-p $port -c listen_addresses=127.0.0.1 -k $data -c max_connections=200" >&2
fi

echo "PERIZINAN_POSTGRES=Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
