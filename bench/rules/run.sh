#!/usr/bin/env bash
# Benchmark of the rules engine (POL-1, POL-2), each figure against plain SQL over the same rows in the same run:
#   1. TimerSweeper.SweepAsync on 100,000 due timers vs ONE `UPDATE pol_timers SET "WarnedAt"=…, "ClaimedBy"=… WHERE
#      <the sweeper's warning predicate>` on an identical set of rows. Target: sweep <= 3x the UPDATE.
#   2. ComplianceReport.ExecuteAsync over 1,000,000 timer records (a year; by rule, department, person) vs the same
#      aggregate as one SQL statement (percentile_cont on PostgreSQL, a window-function median on SQLite); both must give
#      the same numbers. Target: report <= 1.3x the SQL.
# Each side runs 3 times, alternating which goes first; the ratio is the median of the per-round ratios (each pair
# runs back to back, so both see the same load from the rest of the machine).
#
#   bench/rules/run.sh [--postgres] [--timers N] [--records N] [--rounds N]
#
#   --postgres   a throwaway PostgreSQL cluster (Debian's postgresql, run as root via the postgres user) instead of a
#                throwaway SQLite file.
#
# Everything lives in a temp folder removed at the end. Results: bench/results/rules-<provider>-<timestamp>.{json,md}
# (gitignored).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PROVIDER=sqlite
BENCH_ARGS=()

while [[ $# -gt 0 ]]; do
  case "$1" in
    --postgres) PROVIDER=postgres ;;
    --timers|--records|--rounds) BENCH_ARGS+=("$1" "$2"); shift ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
as_postgres() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

TMP=$(mktemp -d /tmp/centerops-bench-rules.XXXXXX)
PG_DATA=""
PGBIN=""
cleanup() {
  local rc=$?
  if [[ -n "$PG_DATA" ]]; then as_postgres "$PGBIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true; fi
  rm -rf "$TMP"
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log "building bench/CenterOps.Bench (Release)"
dotnet build "$ROOT/bench/CenterOps.Bench" -c Release --nologo -v quiet >"$TMP/build.log" 2>&1 || { cat "$TMP/build.log" >&2; die "build"; }
BENCH="$ROOT/bench/CenterOps.Bench/bin/Release/net10.0/CenterOps.Bench.dll"

if [[ $PROVIDER == postgres ]]; then
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [[ -x "$PGBIN/initdb" ]] || die "PostgreSQL server binaries not found (apt-get install -y postgresql)"
  PG_PORT=$(free_port)
  mkdir -p "$TMP/pg"; if [[ $(id -u) -eq 0 ]]; then chmod 711 "$TMP"; chown postgres "$TMP/pg"; fi
  PG_DATA="$TMP/pg/data"
  as_postgres "$PGBIN/initdb" -D "$PG_DATA" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
  as_postgres "$PGBIN/pg_ctl" -D "$PG_DATA" -l "$TMP/pg/log" -w start \
    -o "-p $PG_PORT -k $TMP/pg -c listen_addresses=127.0.0.1" >/dev/null
  log "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
  BENCH_ARGS+=(--postgres "Host=127.0.0.1;Port=$PG_PORT;Username=postgres")
fi

mkdir -p "$ROOT/bench/results"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT="$ROOT/bench/results/rules-$PROVIDER-$STAMP"
log "running on $PROVIDER"
dotnet "$BENCH" "${BENCH_ARGS[@]}" --out "$OUT.json" >/dev/null || die "the bench failed (see above)"

COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
DIRTY=$(git -C "$ROOT" status --porcelain -- src bench/CenterOps.Bench 2>/dev/null | grep -q . && echo " (modified)" || true)
python3 - "$OUT" "$COMMIT$DIRTY" "$STAMP" <<'PY'
import json, os, sys
out, commit, stamp = sys.argv[1:4]
r = json.load(open(out + ".json"))
med = lambda xs: sorted(xs)[len(xs) // 2] if len(xs) % 2 else sum(sorted(xs)[len(xs) // 2 - 1:len(xs) // 2 + 1]) / 2
paired = lambda app, sql: round(med([a / b for a, b in zip(app, sql)]), 2)
r["SweepRatio"] = paired(r["SweepSeconds"], r["UpdateSeconds"])
for c in r["Compliance"]:
    c["Ratio"] = paired(c["ReportSeconds"], c["SqlSeconds"])
s = lambda xs: " / ".join(f"{x:.3f}" for x in xs)
ok = lambda ratio, target: "met" if ratio <= target else "NOT met"
md = f"""# Rules benchmark — {r['Provider']}, {stamp}

Commit {commit}, {os.cpu_count()} CPUs, {r['Timers']:,} due timers, {r['Records']:,} timer records for the report.

| measurement | app (s, per round) | plain SQL (s, per round) | app median | SQL median | ratio (median of per-round) | target |
|---|---|---|---:|---:|---:|---|
| sweep {r['Timers']:,} due timers ({r['SweepMessages']:,} outbox rows) vs one UPDATE | {s(r['SweepSeconds'])} | {s(r['UpdateSeconds'])} | {med(r['SweepSeconds']):.3f} | {med(r['UpdateSeconds']):.3f} | **{r['SweepRatio']:.2f}x** | ≤ 3x: {ok(r['SweepRatio'], 3)} |
"""
for c in r["Compliance"]:
    md += f"| compliance by {c['GroupBy']} ({c['Groups']} groups) vs SQL | {s(c['ReportSeconds'])} | {s(c['SqlSeconds'])} | {med(c['ReportSeconds']):.3f} | {med(c['SqlSeconds']):.3f} | **{c['Ratio']:.2f}x** | ≤ 1.3x: {ok(c['Ratio'], 1.3)} |\n"
if r["Failures"]:
    md += "\nFAILURES:\n" + "".join(f"- {f}\n" for f in r["Failures"])
open(out + ".md", "w", encoding="utf-8").write(md)
print(md)
PY
log "results: ${OUT#$ROOT/}.{json,md}"
