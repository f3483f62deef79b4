#!/usr/bin/env bash
# The CPU time PostgreSQL spends on one statement, which other load on a shared machine disturbs far less than the
# wall time: runs FILE once to warm up, then N times (default 7) in one session, and prints the backend's CPU time of
# each run (from /proc/<pid>/schedstat, so PostgreSQL must run on this machine) and the median wall time.
# Usage: PGHOST=localhost PGPORT=5432 PGUSER=postgres PGPASSWORD=… PGDATABASE=… backend-cpu.sh FILE [N] [psql -v args]
set -euo pipefail
file=$1; n=${2:-7}; shift $(( $# > 1 ? 2 : 1 ))
mark='\! echo -n "cpu " >&2; cut -d" " -f1 /proc/$PGPID/schedstat >&2'
{ echo "set jit = off;"; echo 'select pg_backend_pid() as pid \gset'; echo '\setenv PGPID :pid'; cat "$file"
  for _ in $(seq "$n"); do echo "$mark"; echo '\timing on'; cat "$file"; echo '\timing off'; done; echo "$mark"; } \
  | psql -X -q -o /dev/null "$@" 2>&1 | python3 -c '
import statistics, sys
cpu, wall = [], []
for line in sys.stdin:
    if line.startswith("cpu "): cpu.append(int(line.split()[1]))
    elif line.startswith("Time: "): wall.append(float(line.split()[1]))
runs = [(b - a) / 1e6 for a, b in zip(cpu, cpu[1:])]
print("cpu ms:", " ".join("%.1f" % x for x in sorted(runs)), "| median %.1f" % statistics.median(runs),
      "| wall median %.1f" % statistics.median(wall))'
