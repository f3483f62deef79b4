"""Turns scripts/benchmark's results.tsv into the Markdown report: medians of the rounds and the ratios of issue 11."""
import os
import re
import statistics
import sys
from datetime import datetime, timezone

(results, cores, jdk, jvm_opts, connections, duration, rounds, warmup, load_s, rss_idle_kb, rss_loaded_kb,
 open_loop_file, uptime) = sys.argv[1:14]

rows = [line.rstrip("\n").split("\t") for line in open(results, encoding="utf-8") if line.strip()]


def values(name, column=2, only_rounds=True):
    return [float(r[column]) for r in rows if r[1] == name and r[column] and (not only_rounds or r[0].isdigit())]


def median(name, column=2):
    v = values(name, column)
    return statistics.median(v) if v else float("nan")


def spread(name, column=2):
    v = values(name, column)
    return f"{min(v):,.0f}–{max(v):,.0f}" if v else "–"


def combined(a, b):
    return 1 / (1 / a + 1 / b)


def verdict(ok):
    return "met" if ok else "**missed**"


me, health, auth = median("me"), median("health"), median("auth")
get, pg_get = median("get"), median("pg-get")
lst, lst_total, pg_list, pg_list_total = median("list"), median("list-total"), median("pg-list"), median("pg-list-total")
get_ratio = get / combined(auth, pg_get)
list_ratio = lst / combined(auth, pg_list)
list_total_ratio = lst_total / combined(auth, pg_list)
import_ratios = [i / c for i, c in zip(values("import"), values("copy"))]
import_ratio = statistics.median(import_ratios) if import_ratios else float("nan")
start_s, start_b = median("start-samordna"), median("start-bare")
start_s0, start_b0 = median("start-samordna-nocache"), median("start-bare-nocache")
views = {name: values(name, 3, only_rounds=False)[0] for name in ("report", "follow-up", "overview")
         if values(name, 3, only_rounds=False)}
open_loop = dict(kv.split("=") for kv in open(open_loop_file).read().split()[1:])
rss_idle, rss_loaded = int(rss_idle_kb) // 1024, int(rss_loaded_kb) // 1024

print(f"""### Run of {datetime.now(timezone.utc):%Y-%m-%dT%H:%MZ}

{cores} cores, JDK {jdk}, `{jvm_opts}`; wrk, pgbench, PostgreSQL and Keycloak on the same machine; {connections}
connections, {duration} s per measurement, {rounds} alternating rounds after {warmup} s of warm-up; medians of
the rounds (range in brackets). Data set loaded in {load_s} s. Load average at the end: `{uptime.strip()}`.

| figure | target | measured | |
|---|---|---|---|
| GET one support request: API / combined ceiling (HTTP and auth without SQL; pgbench) | ≥ 0.8 | **{get_ratio:.2f}** (API {get:,.0f} req/s [{spread("get")}], auth ceiling {auth:,.0f} [{spread("auth")}], pgbench {pg_get:,.0f} tps [{spread("pg-get")}]) | {verdict(get_ratio >= 0.8)} |
| GET a page of 20 with a filter (`total=false`): API / combined ceiling with pgbench on the page query alone | ≥ 0.8 | **{list_ratio:.2f}** (API {lst:,.0f} req/s [{spread("list")}], pgbench page alone {pg_list:,.0f} tps [{spread("pg-list")}]) | {verdict(list_ratio >= 0.8)} |
| the same page with its total (the default) against the same ceiling | (≥ 0.8) | **{list_total_ratio:.2f}** (API {lst_total:,.0f} req/s [{spread("list-total")}]; pgbench on the page and its count {pg_list_total:,.0f} tps [{spread("pg-list-total")}]) | {verdict(list_total_ratio >= 0.8)} |
| `GET /me` / `GET /q/health/live` (what auth costs) | report | **{me / health:.2f}** ({me:,.0f} [{spread("me")}] vs {health:,.0f} req/s [{spread("health")}]; `/me` sends one SQL statement, the auth ceiling without SQL is {auth / health:.2f} of health) | |
| survey report, follow-up view, county overview at full volume, p50 on one connection | < 30 ms each | **{" / ".join(f"{views[n]:.1f}" for n in ("report", "follow-up", "overview") if n in views)} ms** | {verdict(all(v < 30 for v in views.values()))} |
| import of {int(os.environ.get("IMPORT_ROWS", "50000")):,} organisations through the endpoint / `psql \\copy` of the same rows | ≥ 25 % | **{import_ratio:.0%}** (import {median("import"):,.0f} rows/s [{spread("import")}], \\copy {median("copy"):,.0f} rows/s [{spread("copy")}]) | {verdict(import_ratio >= 0.25)} |
| p99 under a fixed {open_loop["rate"]} requests/s mixed read load (open loop) | < 25 ms | **{float(open_loop["p99"]):.1f} ms** (p50 {float(open_loop["p50"]):.1f}, p90 {float(open_loop["p90"]):.1f}, max {float(open_loop["max"]):.0f}; achieved {float(open_loop["achieved"]):.0f}/s, non-200 {open_loop["non200"]}; counted after {open_loop.get("warmup", "0")} s at the same rate) | {verdict(float(open_loop["p99"]) < 25)} |
| start to first authenticated answer: Samordna / bare quarkus-rest + quarkus-oidc, each with its class cache | ≤ 1.5× | **{start_s / start_b:.2f}×** ({start_s:,.0f} ms [{spread("start-samordna")}] vs {start_b:,.0f} ms [{spread("start-bare")}]) | {verdict(start_s / start_b <= 1.5)} |
| the same without class caches; Samordna with its cache / bare without | (≤ 1.5×) | **{start_s0 / start_b0:.2f}×** ({start_s0:,.0f} ms [{spread("start-samordna-nocache")}] vs {start_b0:,.0f} ms [{spread("start-bare-nocache")}]); **{start_s / start_b0:.2f}×** | {verdict(start_s0 / start_b0 <= 1.5)} |
| resident memory idle / after the load | < 300 MB after | **{rss_idle} / {rss_loaded} MiB** ({int(rss_loaded_kb) * 1024 / 1e6:.2f} MB after) | {verdict(int(rss_loaded_kb) * 1024 < 300_000_000)} |""")
if values("get-b"):
    get_b, list_b, auth_b = median("get-b"), median("list-b"), median("auth-b")
    print(f"| the comparison build (`COMPARE`), served the same requests beside this one in every round: GET / "
          f"combined ceiling; page `total=false` / combined ceiling (its own auth ceiling, the same pgbench) | – | "
          f"**{get_b / combined(auth_b, pg_get):.2f}; {list_b / combined(auth_b, pg_list):.2f}** "
          f"(GET {get_b:,.0f} req/s [{spread('get-b')}], {get_b / get:.2f}× this build's; page {list_b:,.0f} req/s "
          f"[{spread('list-b')}], {list_b / lst:.2f}×; auth ceiling {auth_b:,.0f} [{spread('auth-b')}], "
          f"{auth_b / auth:.2f}×; `/me` {median('me-b'):,.0f}, {median('me-b') / me:.2f}×; page with its total "
          f"{median('list-total-b'):,.0f}, {median('list-total-b') / lst_total:.2f}×; health {median('health-b'):,.0f}, "
          f"{median('health-b') / health:.2f}×) | |")
soak = [r for r in rows if r[1] == "soak-rss"]
if soak:
    first, last = float(soak[0][2]), float(soak[0][3])
    result = open(os.path.join(os.path.dirname(results), "soak.txt")).read().split()
    fields = dict(kv.split("=") for kv in result[1:])
    live = [r for r in rows if r[1] == "soak-live"]
    live_text = (f"; live heap after a full collection {int(live[0][2]) / 2**20:.1f} → {int(live[0][3]) / 2**20:.1f} MiB"
                 if live and live[0][2] and live[0][3] else "")
    print(f"| soak at {fields['rate']} requests/s for the run's SOAK seconds: non-200, resident memory growth after the "
          f"first minute | 0, < 10 % | **{fields['non200']}**, **{(last - first) / first:+.1%}** ({first / 1024:.0f} → "
          f"{last / 1024:.0f} MiB; p99 {float(fields['p99']):.1f} ms{live_text}) | {verdict(fields['non200'] == '0' and (last - first) / first < 0.10)} |")
print()
cpu_file = os.path.join(os.path.dirname(results), "cpu.tsv")
cpu_rows = [line.rstrip("\n").split("\t") for line in open(cpu_file, encoding="utf-8") if line.strip()] \
    if os.path.exists(cpu_file) else []


def cpu(name, column):
    v = [float(r[column]) for r in cpu_rows if r[1] == name and r[0].isdigit()]
    return statistics.median(v) if v else None


measured = [(name, what) for name, what in (
    ("auth", "HTTP and auth ceiling: token checked, 403 from the scope filter, no SQL"),
    ("auth-b", "HTTP and auth ceiling, the comparison build"),
    ("me", "`GET /me`: token checked, one statement"),
    ("get", "GET one support request"), ("get-b", "GET one support request, the comparison build"),
    ("pg-get", "pgbench: its statement"),
    ("list", "page of 20, `total=false`"), ("list-b", "page of 20, `total=false`, the comparison build"),
    ("pg-list", "pgbench: the page's statement"),
    ("list-total", "page of 20 with its total"), ("pg-list-total", "pgbench: the page and its count"),
    ("health", "`GET /q/health/live`")) if cpu(name, 2) is not None]
if measured:
    print("CPU per request (per transaction for pgbench), in microseconds of one core, medians of the rounds: the API's "
          "JVM and PostgreSQL (postmaster and backends), read from /proc around each measurement; wrk's and pgbench's "
          "own CPU is not counted.\n")
    print("| measurement | JVM µs | PostgreSQL µs |\n|---|---|---|")
    for name, what in measured:
        jvm = "–" if name.startswith("pg-") else f"{cpu(name, 2):,.0f}"
        print(f"| {what} | {jvm} | {cpu(name, 3):,.0f} |")
    print()

updates = [(table, what) for table, what in (("contact", "contacts"), ("support_request", "support requests"))
           if values(f"update-{table}-indexed")]
if updates:
    print("What the sort index on `updated_at` (V17, V18) costs an edit: pgbench updates the columns every edit "
          "changes, on random rows of three counties, in alternating rounds with the index and without it (dropped "
          "and made again); medians of the rounds. With the index no update can be HOT (in place, no index entry "
          "written), since every edit changes `updated_at`.\n")
    print("| table | with the index: updates/s, HOT, WAL an update | without it | rate with / without |\n"
          "|---|---|---|---|")
    for table, what in updates:
        with_, without = f"update-{table}-indexed", f"update-{table}-unindexed"
        print(f"| {what} | {median(with_):,.0f} [{spread(with_)}], {median(with_, 3):.0f} %, {median(with_, 4):,.0f} B "
              f"| {median(without):,.0f} [{spread(without)}], {median(without, 3):.0f} %, {median(without, 4):,.0f} B "
              f"| {median(with_) / median(without):.2f} |")
    print()

# the measured instance's collections (gc.log: -Xlog:gc, each pause logged as it ends, with the JVM's uptime and the
# milliseconds since the epoch): how many stopped every thread, for what, for how long, and which fell in the open
# loop's counted window (from=, to= in its BENCH line), where one pause of a few hundred milliseconds breaks its p99
gc_file = os.path.join(os.path.dirname(results), "gc.log")
pause = re.compile(r"^\[([0-9.]+)s\]\[([0-9]+)ms\].* Pause (Young|Full) \((.*)\) [0-9]+[KMG]->.* ([0-9.]+)ms$")
pauses = [(float(m[1]), int(m[2]), m[3], m[4], float(m[5])) for m in map(pause.match, open(gc_file, encoding="utf-8"))
          if m] if os.path.exists(gc_file) else []
if pauses:
    window = (int(open_loop["from"]), int(open_loop["to"])) if "from" in open_loop else None

    def in_window(p):  # the pause (logged as it ended, lasting p[4] ms) overlaps the counted window
        return window is not None and p[1] >= window[0] and p[1] - p[4] <= window[1]

    # the window's start as the API's uptime, from any line's pair of uptime and epoch milliseconds
    opened = f"; the open loop counted from the API's uptime {pauses[0][0] - (pauses[0][1] - window[0]) / 1000:.1f} s " \
             f"for {(window[1] - window[0]) / 1000:.1f} s" if window else ""
    print(f"Collections of the measured instance, from its GC log (the serial collector stops every thread for each)"
          f"{opened}.\n")
    print("| collection (cause) | in the run: count, total, longest | in the open loop's window: count, longest |\n"
          "|---|---|---|")
    for kind, cause in sorted({(p[2], p[3]) for p in pauses}):
        same = [p for p in pauses if (p[2], p[3]) == (kind, cause)]
        inside = [p for p in same if in_window(p)]
        print(f"| {kind} ({cause}) | {len(same):,}, {sum(p[4] for p in same):,.0f} ms, {max(p[4] for p in same):.1f} ms "
              f"| {len(inside)}{f', {max(p[4] for p in inside):.1f} ms' if inside else ''} |")
    print()

statements_file = os.path.join(os.path.dirname(results), "statements.tsv")
statements = [line.rstrip("\n").split("\t") for line in open(statements_file, encoding="utf-8") if line.strip()] \
    if os.path.exists(statements_file) else []
if statements:
    print("What each statement cost PostgreSQL's executor while the API's GET and page and their pgbench runs were "
          "measured (`STATEMENTS=1`: pg_stat_statements preloaded, with planning tracked; both cost every statement a "
          "little, so this run's rates are not compared with runs without). Per call, medians of the rounds: calls, "
          "executor µs, planning µs, shared buffers hit, rows; the CPU per request above less the executor's time is "
          "what the backend spends outside the executor (protocol, wake-ups, the kernel's share).\n")
    print("| measurement | statement | calls | executor µs | planning µs | buffers | rows |\n|---|---|---|---|---|---|---|")
    keys = []
    for r in statements:
        if r[0].isdigit() and (r[1], r[7]) not in keys:
            keys.append((r[1], r[7]))
    for name, query in keys:
        same = [r for r in statements if r[0].isdigit() and r[1] == name and r[7] == query]
        med = [statistics.median(float(r[i]) for r in same) for i in range(2, 7)]
        print(f"| {name} | `{query.replace('|', '/')}` | {med[0]:,.0f} | {med[1]:.1f} | {med[2]:.1f} | {med[3]:.1f} "
              f"| {med[4]:.1f} |")
    print()
