"""Checks report.py's arithmetic on results whose ratios are known: the combined ceiling, medians of the rounds only,
the verdicts at each target's line. scripts/test runs it (python3 -m unittest); the benchmark's conclusions in
docs/benchmarks.md stand on these figures."""
import os
import subprocess
import sys
import tempfile
import unittest

REPORT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "report.py")

# round, name, rate (req/s, tps or rows/s), p50 ms, p99 ms, non-200, errors (as scripts/benchmark writes them)
ROUNDS = {
    "get": (5000, 6000, 5500),
    "auth": (10000, 11000, 12000),
    "pg-get": (50000, 60000, 55000),
    "list": (3000, 3000, 3000),
    "pg-list": (30000, 30000, 30000),
    "list-total": (2000, 2000, 2000),
    "pg-list-total": (10000, 10000, 10000),
    "me": (5000, 5000, 5000),
    "health": (25000, 25000, 25000),
    "import": (10000, 12000, 11000),
    "copy": (20000, 20000, 20000),
    "start-samordna": (6000, 6100, 5900),
    "start-bare": (2000, 2000, 2000),
    "start-samordna-nocache": (8000, 8000, 8000),
    "start-bare-nocache": (2500, 2500, 2500),
}
VIEWS = {"report": 3.2, "follow-up": 31.0, "overview": 12.5}


def report(rss_loaded_kb=292_000, extra_rows=(), soak=None):
    with tempfile.TemporaryDirectory() as out:
        lines = ["warmup\twarmup\t100\t1\t2\t0\t0",
                 # a warm-up of the GET far from its rounds: counted, it would move the median
                 "warmup\tget\t1000000\t1\t2\t0\t0"]
        for name, rates in ROUNDS.items():
            lines += [f"{i + 1}\t{name}\t{rate}\t1.0\t2.0\t0\t0" for i, rate in enumerate(rates)]
        lines += [f"1\t{name}\t40\t{p50}\t{p50 * 2}\t0\t0" for name, p50 in VIEWS.items()]
        lines += list(extra_rows)
        if soak:
            lines.append(f"soak\tsoak-rss\t{soak[0]}\t{soak[1]}\t\t0\t0")
            with open(os.path.join(out, "soak.txt"), "w", encoding="utf-8") as f:
                f.write("BENCH rate=300 achieved=300.0 p50=1.00 p90=2.00 p99=4.50 max=9.00 non200=0\n")
        results = os.path.join(out, "results.tsv")
        with open(results, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        open_loop = os.path.join(out, "open-loop.txt")
        with open(open_loop, "w", encoding="utf-8") as f:
            f.write("BENCH rate=500 achieved=499.8 p50=1.50 p90=3.00 p99=24.90 max=40.00 non200=0 warmup=10 "
                    "from=1000 to=61000\n")
        args = [sys.executable, REPORT, results, "2", "25.0.3", "-Xmx256m", "8", "15", "3", "60", "42",
                "200000", str(rss_loaded_kb), open_loop, "load average: 1.00"]
        return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def row(text, starts):
    return next(line for line in text.splitlines() if line.startswith(starts))


class ReportTest(unittest.TestCase):

    def test_get_ratio_is_the_rate_over_the_combined_ceiling_of_the_rounds_medians(self):
        # medians 5 500, 11 000 and 55 000: 5 500 / (1 / (1/11 000 + 1/55 000)) = 5 500 / 9 166.7 = 0.60
        line = row(report(), "| GET one support request")
        self.assertIn("**0.60**", line)
        self.assertIn("API 5,500 req/s [5,000–6,000]", line)
        self.assertTrue(line.endswith("| **missed** |"), line)

    def test_page_ratios_divide_by_the_page_query_alone_also_for_the_page_with_its_total(self):
        # 3 000 / (1 / (1/11 000 + 1/30 000)) = 0.37; with its total 2 000 against the same ceiling = 0.25
        text = report()
        self.assertIn("**0.37**", row(text, "| GET a page of 20"))
        self.assertIn("**0.25**", row(text, "| the same page with its total"))

    def test_auth_figures_are_against_health(self):
        line = row(report(), "| `GET /me` / `GET /q/health/live`")
        self.assertIn("**0.20**", line)
        self.assertIn("the auth ceiling without SQL is 0.44 of health", line)

    def test_views_miss_when_one_is_over_30_ms(self):
        line = row(report(), "| survey report, follow-up view")
        self.assertIn("**3.2 / 31.0 / 12.5 ms**", line)
        self.assertTrue(line.endswith("| **missed** |"), line)

    def test_import_start_and_open_loop(self):
        text = report()
        self.assertIn("**55%**", row(text, "| import of"))
        self.assertTrue(row(text, "| import of").endswith("| met |"))
        start = row(text, "| start to first authenticated answer")
        self.assertIn("**3.00×**", start)
        self.assertTrue(start.endswith("| **missed** |"), start)
        self.assertIn("**3.20×**", row(text, "| the same without class caches"))
        self.assertIn("**2.40×**", row(text, "| the same without class caches"))
        self.assertTrue(row(text, "| p99 under a fixed 500").endswith("| met |"))

    def test_memory_is_judged_at_300_mb_to_the_kib_not_at_a_rounded_mib(self):
        # 300 MB is 292 968.75 KiB; both of these read 286 MiB rounded down
        under = row(report(rss_loaded_kb=292_968), "| resident memory")
        over = row(report(rss_loaded_kb=292_969), "| resident memory")
        self.assertIn("**195 / 286 MiB**", under)
        self.assertTrue(under.endswith("| met |"), under)
        self.assertTrue(over.endswith("| **missed** |"), over)

    def test_soak_growth_is_measured_from_the_first_minute(self):
        met = row(report(soak=(250_000, 260_000)), "| soak at 300")
        self.assertIn("**0**, **+4.0%**", met)
        self.assertTrue(met.endswith("| met |"), met)
        grown = row(report(soak=(250_000, 276_000)), "| soak at 300")
        self.assertTrue(grown.endswith("| **missed** |"), grown)

    def test_the_comparison_build_is_against_its_own_auth_ceiling_and_the_same_pgbench(self):
        extra = [f"{i}\t{name}\t{rate}\t1.0\t2.0\t0\t0" for i in (1, 2, 3) for name, rate in
                 (("get-b", 6600), ("list-b", 3300), ("auth-b", 11000), ("me-b", 5000), ("list-total-b", 2000),
                  ("health-b", 25000))]
        line = row(report(extra_rows=extra), "| the comparison build")
        # 6 600 / 9 166.7 = 0.72; 3 300 / 8 048.8 = 0.41
        self.assertIn("**0.72; 0.41**", line)
        self.assertIn("1.20× this build's", line)


if __name__ == "__main__":
    unittest.main()
