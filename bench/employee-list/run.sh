#!/usr/bin/env bash
# Benchmark of issue "Foundation": requests per second of an AUTHENTICATED read endpoint (the employee list, first
# page of 20, with 1,000 employees in the centre) against the anonymous hello-world endpoint /api/ping of the same
# app, in the same run. Target: employee list >= 50 % of ping.
#
#   bench/employee-list/run.sh [PACK] [--postgres] [--employees N] [--duration 10s] [--app DIR]
#
#   PACK         policy pack for --demo (default workplace-adaptation); when policy-packs/PACK.yaml does not exist,
#                falls back to this bench's own small pack (pack/mini.yaml, pack "mini").
#   --postgres   run against a throwaway PostgreSQL cluster instead of a throwaway SQLite file.
#   --employees  employees in the centre before measuring (default 1000).
#   --duration   wrk duration of each measured run (default 10s).
#   --app DIR    use an already published app instead of publishing one (for repeated runs).
#
# Traffic goes to 127.0.0.1 only. Everything lives in a temp folder that is removed at the end, app and database
# included. Results: bench/results/employee-list-<provider>-<timestamp>.{json,md} (gitignored).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PACK=workplace-adaptation
PROVIDER=sqlite
EMPLOYEES=1000
DURATION=10s
APP=""
THREADS=2
CONNECTIONS=64

while [[ $# -gt 0 ]]; do
  case "$1" in
    --postgres) PROVIDER=postgres ;;
    --employees) EMPLOYEES=$2; shift ;;
    --duration) DURATION=$2; shift ;;
    --app) APP=$2; shift ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) PACK=$1 ;;
  esac
  shift
done

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
as_postgres() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

TMP=$(mktemp -d /tmp/centerops-bench.XXXXXX)
APP_PID=""
PG_DATA=""
PGBIN=""
cleanup() {
  local rc=$?
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
  if [[ -n "$PG_DATA" ]]; then as_postgres "$PGBIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true; fi
  if [[ $rc -ne 0 && -f "$TMP/app.log" ]]; then log "last lines of the app log:"; tail -n 30 "$TMP/app.log" >&2; fi
  rm -rf "$TMP"
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for tool in curl jq python3; do command -v $tool >/dev/null || die "$tool is required"; done
if ! command -v wrk >/dev/null; then
  [[ $(id -u) -eq 0 ]] || die "wrk is missing; install it as root: apt-get install -y wrk"
  log "installing wrk"
  apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi

# --- the app ------------------------------------------------------------------------------------------------------
if [[ -z "$APP" ]]; then
  log "publishing src/CenterOps.Web (Release)"
  dotnet publish "$ROOT/src/CenterOps.Web" -c Release -o "$TMP/app" --nologo -v quiet >"$TMP/publish.log" 2>&1 \
    || { cat "$TMP/publish.log" >&2; die "publish"; }
  APP="$TMP/app"
fi
[[ -f "$APP/CenterOps.Web.dll" ]] || die "no CenterOps.Web.dll in $APP"

if [[ -f "$ROOT/policy-packs/$PACK.yaml" ]]; then
  PACKS_DIR="$ROOT/policy-packs"
else
  log "policy-packs/$PACK.yaml not found; using the bench's own pack 'mini'"
  PACK=mini
  PACKS_DIR="$HERE/pack"
fi

if [[ $PROVIDER == postgres ]]; then
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [[ -x "$PGBIN/initdb" ]] || die "PostgreSQL server binaries not found (apt-get install -y postgresql)"
  PG_PORT=$(free_port)
  mkdir -p "$TMP/pg"; if [[ $(id -u) -eq 0 ]]; then chmod 711 "$TMP"; chown postgres "$TMP/pg"; fi
  PG_DATA="$TMP/pg/data"
  as_postgres "$PGBIN/initdb" -D "$PG_DATA" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
  as_postgres "$PGBIN/pg_ctl" -D "$PG_DATA" -l "$TMP/pg/log" -w start \
    -o "-p $PG_PORT -k $TMP/pg -c listen_addresses=127.0.0.1" >/dev/null
  export Database__Provider=Postgres
  export ConnectionStrings__CenterOps="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=centerops_bench"
  log "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
else
  export Database__Provider=Sqlite
  export ConnectionStrings__CenterOps="Data Source=$TMP/bench.db"
fi

PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"
export ASPNETCORE_ENVIRONMENT=Production
export Packs__Directory="$PACKS_DIR"
export DataProtection__KeysDirectory="$TMP/keys"
log "starting the app on $BASE (pack $PACK, $PROVIDER)"
# The content root is the working directory: run from the app folder so its appsettings.json applies.
(cd "$APP" && exec dotnet "$APP/CenterOps.Web.dll" --demo "$PACK" --urls "$BASE") >"$TMP/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 120); do
  curl -fsS -m 2 "$BASE/api/ping" >/dev/null 2>&1 && break
  kill -0 "$APP_PID" 2>/dev/null || die "the app exited"
  sleep 0.5
done
curl -fsS -m 2 "$BASE/api/ping" >/dev/null || die "the app did not answer within 60 s"
for _ in $(seq 50); do grep -q 'Sign in with' "$TMP/app.log" && break; sleep 0.1; done

# --- a demo sign-in with org.read and org.manage and no two-factor ---------------------------------------------------
JAR="$TMP/cookies"
sign_in() { # email -> 0 when signed in with a usable (not two-factor-pending) session
  rm -f "$JAR"
  local status
  status=$(curl -sS -m 10 -c "$JAR" -H 'Content-Type: application/json' \
    -d "$(jq -nc --arg e "$1" --arg p 'Demo#2026' '{email:$e,password:$p}')" "$BASE/api/account/login" | jq -r '.status // empty')
  [[ $status == SignedIn ]]
}
EMAIL=""
# Listed as "  email  Name · Role", with "(sets up two-factor sign-in first)" when the role needs two factors.
for candidate in $(grep -E '^\s+\S+@\S+' "$TMP/app.log" | grep -v 'two-factor' | awk '{print $1}'); do
  sign_in "$candidate" || continue
  me=$(curl -sS -m 10 -b "$JAR" "$BASE/api/account/me")
  if jq -e '(.permissions | index("org.read") and index("org.manage")) and (.twoFactorSetupRequired | not)' <<<"$me" >/dev/null; then
    EMAIL=$candidate; break
  fi
done
[[ -n "$EMAIL" ]] || die "no demo sign-in with org.read + org.manage without two-factor"
log "signed in as $EMAIL"

# --- 1,000 employees in the centre ---------------------------------------------------------------------------------
api() { curl -fsS -m 30 -b "$JAR" "$@"; }
POSITIONS=$(api "$BASE/api/org/positions" | jq -c '[.[] | {positionId: .id, departmentId: .departmentId}]')
[[ $(jq length <<<"$POSITIONS") -gt 0 ]] || die "the centre has no positions"
EXISTING=$(api "$BASE/api/org/employees?page=1&pageSize=1" | jq .total)
TO_CREATE=$(( EMPLOYEES > EXISTING ? EMPLOYEES - EXISTING : 0 ))
log "creating $TO_CREATE employees ($EXISTING seeded by the demo)"
CREATE_START=$(date +%s.%N)
mkdir -p "$TMP/bodies"
python3 - "$TMP/bodies" "$TO_CREATE" "$POSITIONS" <<'PY'
import json, sys
folder, n, positions = sys.argv[1], int(sys.argv[2]), json.loads(sys.argv[3])
surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗"
given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"
for i in range(n):
    p = positions[i % len(positions)]
    body = {"name": f"{surnames[i % 20]}{given[(i // 20) % 20]}{i:04d}", "departmentId": p["departmentId"],
            "positionId": p["positionId"], "yearsOfExperience": i % 31, "specialities": [], "industries": [],
            "qualifications": [], "phone": f"138{i:08d}"}
    open(f"{folder}/{i}.json", "w", encoding="utf-8").write(json.dumps(body, ensure_ascii=False))
PY
export BASE JAR
if [[ $TO_CREATE -gt 0 ]]; then
  seq 0 $((TO_CREATE - 1)) | xargs -P 8 -I{} sh -c \
    'curl -sS -m 30 -o /dev/null -w "%{http_code}\n" -b "$JAR" -H "Content-Type: application/json" --data-binary @"$0/{}.json" "$BASE/api/org/employees"' \
    "$TMP/bodies" >"$TMP/create-codes"
  BAD=$(grep -vc '^201$' "$TMP/create-codes" || true)
  [[ $BAD -eq 0 ]] || die "$BAD of $TO_CREATE creates did not answer 201: $(sort "$TMP/create-codes" | uniq -c | tr '\n' ' ')"
fi
CREATE_SECONDS=$(python3 -c "import time; print(round(time.time() - $CREATE_START, 1))")
TOTAL=$(api "$BASE/api/org/employees?page=1&pageSize=20" | jq .total)
[[ $TOTAL -ge $EMPLOYEES ]] || die "the list shows $TOTAL employees, expected $EMPLOYEES"
log "$TOTAL employees in the centre (created in ${CREATE_SECONDS} s)"

if [[ $PROVIDER == postgres ]]; then
  # A table filled seconds ago has no statistics until autovacuum's ANALYZE comes by (about a minute later in
  # a real installation); without them the planner nests loops over all 1,000 rows for the manager join.
  as_postgres "$PGBIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d centerops_bench -qc 'ANALYZE' \
    || die "ANALYZE"
fi

# A fresh sign-in right before measuring: the cookie wrk replays must not reach the 5-minute security-stamp
# re-validation (or sliding renewal) during the run, or every request would pay for it.
sign_in "$EMAIL" || die "second sign-in"
COOKIE=$(awk -F'\t' 'NF==7 { sub(/^#HttpOnly_/, "", $1); printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$JAR")
[[ $COOKIE == *centerops.auth* ]] || die "no centerops.auth cookie after sign-in"
LIST_URL="$BASE/api/org/employees?page=1&pageSize=20"
[[ $(curl -sS -m 10 -H "Cookie: $COOKIE" "$LIST_URL" | jq '.items | length') -eq 20 ]] || die "the list with the cookie header did not return 20 items"

# --- measure -------------------------------------------------------------------------------------------------------
run_wrk() { # label url duration [cookie] -> prints req/s; fails on socket errors or non-2xx answers
  local label=$1 url=$2 duration=$3 out="$TMP/wrk-$1.txt"
  if [[ $# -ge 4 ]]; then
    wrk -t$THREADS -c$CONNECTIONS -d"$duration" --timeout 5s -H "Cookie: $4" "$url" >"$out"
  else
    wrk -t$THREADS -c$CONNECTIONS -d"$duration" --timeout 5s "$url" >"$out"
  fi
  cat "$out" >>"$TMP/wrk-all.txt"
  grep -q 'Non-2xx' "$out" && { cat "$out" >&2; die "$label: non-2xx answers"; }
  grep -q 'Socket errors' "$out" && log "$label: $(grep 'Socket errors' "$out" | xargs)"
  awk '/Requests\/sec/ { print $2 }' "$out"
}

log "warm-up (5 s each)"
run_wrk warmup-ping "$BASE/api/ping" 5s >/dev/null
run_wrk warmup-list "$LIST_URL" 5s "$COOKIE" >/dev/null
declare -a PING LIST
for round in 1 2; do
  PING[$round]=$(run_wrk "ping-$round" "$BASE/api/ping" "$DURATION")
  log "round $round  ping           ${PING[$round]} req/s"
  LIST[$round]=$(run_wrk "list-$round" "$LIST_URL" "$DURATION" "$COOKIE")
  log "round $round  employee list  ${LIST[$round]} req/s"
done
LATENCY_LIST=$(awk '/Latency/ && !seen++ { print $2 }' "$TMP/wrk-list-2.txt")
LATENCY_PING=$(awk '/Latency/ && !seen++ { print $2 }' "$TMP/wrk-ping-2.txt")

# --- report --------------------------------------------------------------------------------------------------------
mkdir -p "$ROOT/bench/results"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT="$ROOT/bench/results/employee-list-$PROVIDER-$STAMP"
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
DIRTY=$(git -C "$ROOT" status --porcelain -- src 2>/dev/null | grep -q . && echo true || echo false)
export R_COMMIT=$COMMIT R_DIRTY=$DIRTY R_STAMP=$STAMP R_PROVIDER=$PROVIDER R_PACK=$PACK R_TOTAL=$TOTAL \
  R_THREADS=$THREADS R_CONNECTIONS=$CONNECTIONS R_DURATION=$DURATION R_PING="${PING[1]} ${PING[2]}" \
  R_LIST="${LIST[1]} ${LIST[2]}" R_LAT_PING=$LATENCY_PING R_LAT_LIST=$LATENCY_LIST
python3 - "$OUT" <<'PY'

import json, sys, platform, os
e = os.environ
ping = [float(x) for x in e["R_PING"].split()]
lst = [float(x) for x in e["R_LIST"].split()]
mean = lambda xs: sum(xs) / len(xs)
ratio = mean(lst) / mean(ping)
result = {
    "benchmark": "employee-list", "commit": e["R_COMMIT"], "src_dirty": e["R_DIRTY"] == "true",
    "at": e["R_STAMP"], "provider": e["R_PROVIDER"], "pack": e["R_PACK"], "employees": int(e["R_TOTAL"]), "page_size": 20,
    "wrk": {"threads": int(e["R_THREADS"]), "connections": int(e["R_CONNECTIONS"]), "duration": e["R_DURATION"]},
    "machine": {"cpus": os.cpu_count(), "os": platform.platform()},
    "ping_rps": ping, "list_rps": lst, "ping_rps_mean": round(mean(ping)), "list_rps_mean": round(mean(lst)),
    "latency_avg": {"ping": e["R_LAT_PING"], "list": e["R_LAT_LIST"]},
    "ratio": round(ratio, 3), "target": 0.5, "meets_target": ratio >= 0.5,
}
out = sys.argv[1]
json.dump(result, open(out + ".json", "w"), indent=2)
md = f"""# Employee list vs ping — {result['provider']}, {result['at']}

Commit {result['commit']}{' (src modified)' if result['src_dirty'] else ''}, pack `{result['pack']}`, {result['employees']} employees,
wrk -t{result['wrk']['threads']} -c{result['wrk']['connections']} -d{result['wrk']['duration']}, {result['machine']['cpus']} CPUs.

| endpoint | round 1 req/s | round 2 req/s | mean req/s | avg latency (round 2) |
|---|---:|---:|---:|---:|
| GET /api/ping (anonymous) | {ping[0]:,.0f} | {ping[1]:,.0f} | {mean(ping):,.0f} | {result['latency_avg']['ping']} |
| GET /api/org/employees?page=1&pageSize=20 (signed in) | {lst[0]:,.0f} | {lst[1]:,.0f} | {mean(lst):,.0f} | {result['latency_avg']['list']} |

**Ratio employee list / ping: {ratio:.1%}** (target ≥ 50 %: {'met' if result['meets_target'] else 'NOT met'})
"""
open(out + ".md", "w", encoding="utf-8").write(md)
print(md)
PY
cp "$TMP/wrk-all.txt" "$OUT.wrk.txt"
log "results: ${OUT#$ROOT/}.{json,md,wrk.txt}"
