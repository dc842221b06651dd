#!/usr/bin/env bash
# Runs every test of CenterOps: the whole suite on SQLite, the same suite on a throwaway PostgreSQL cluster,
# then the browser tests in Chromium. Installs what is missing from Debian packages (as root, or through sudo).
# Works as root and as a normal user. Usage: ./test.sh
set -euo pipefail
cd "$(dirname "$0")"

log() { printf '\n== %s\n' "$*"; }

# --- what the tests need from the machine ---------------------------------------------------------------
need=()
ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || need+=(postgresql)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
cjk=$(fc-list : family 2>/dev/null | grep -ci "Noto Sans CJK" || true)
[ "${cjk:-0}" -gt 0 ] || need+=(fonts-noto-cjk)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
  log "Installing ${need[*]}"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

dotnet tool restore >/dev/null

log "Build"
dotnet build CenterOps.slnx -c Release -nologo -v quiet

results=$(mktemp)
run_suite() { # name, project, extra env...
  local name=$1 project=$2; shift 2
  log "$name"
  local out; out=$(mktemp)
  set +e
  env "$@" dotnet test --project "$project" -c Release --no-build 2>&1 | tee "$out"
  local rc=${PIPESTATUS[0]}
  set -e
  # Microsoft.Testing.Platform prints: "total: N" "failed: N" "succeeded: N" "skipped: N"
  local total failed passed skipped
  total=$(grep -oE 'total: *[0-9]+' "$out" | tail -1 | grep -oE '[0-9]+' || echo 0)
  failed=$(grep -oE 'failed: *[0-9]+' "$out" | tail -1 | grep -oE '[0-9]+' || echo 0)
  passed=$(grep -oE 'succeeded: *[0-9]+' "$out" | tail -1 | grep -oE '[0-9]+' || echo 0)
  skipped=$(grep -oE 'skipped: *[0-9]+' "$out" | tail -1 | grep -oE '[0-9]+' || echo 0)
  echo "$name $passed $failed $skipped $rc" >> "$results"
  rm -f "$out"
}

# --- 1. SQLite ------------------------------------------------------------------------------------------
run_suite "SQLite" tests/CenterOps.Tests CENTEROPS_TEST_PROVIDER=Sqlite

# --- 2. PostgreSQL: a throwaway cluster in a temporary folder, on a free port, no systemd -----------------
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGDIR=$(mktemp -d)
PGPORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
as_pg=()
if [ "$(id -u)" -eq 0 ]; then chown postgres "$PGDIR"; as_pg=(runuser -u postgres --); fi
stop_pg() { "${as_pg[@]}" "$PGBIN/pg_ctl" -D "$PGDIR/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$PGDIR"; }
trap stop_pg EXIT
log "PostgreSQL on 127.0.0.1:$PGPORT"
"${as_pg[@]}" "$PGBIN/initdb" -D "$PGDIR/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
"${as_pg[@]}" "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/log" -w start \
  -o "-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off" >/dev/null
run_suite "PostgreSQL" tests/CenterOps.Tests CENTEROPS_TEST_PROVIDER=Postgres \
  "CENTEROPS_TEST_PG=Host=127.0.0.1;Port=$PGPORT;Username=postgres"
stop_pg; trap - EXIT

# --- 3. Browser tests in Debian's Chromium ----------------------------------------------------------------
run_suite "Browser" tests/CenterOps.BrowserTests CENTEROPS_CHROMIUM="$(command -v chromium)"

# --- summary -----------------------------------------------------------------------------------------------
log "Summary"
tp=0; tf=0; ts=0; bad=0
while read -r name passed failed skipped rc; do
  printf '%-22s %4s passed, %s failed, %s skipped\n' "$name" "$passed" "$failed" "$skipped"
  tp=$((tp+passed)); tf=$((tf+failed)); ts=$((ts+skipped))
  [ "$rc" -eq 0 ] && [ "$passed" -gt 0 ] || bad=1
done < "$results"
rm -f "$results"
echo "$tp passed, $tf failed, $ts skipped"
exit $bad
