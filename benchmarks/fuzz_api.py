"""Fuzz the web service from its own OpenAPI document with schemathesis.

    python benchmarks/fuzz_api.py [--max-examples 100] [--seed 1]

Starts the production server (gunicorn, 2 workers) on loopback, runs
``st run`` against /openapi.json with every check (examples, coverage and
fuzzing phases; valid and invalid data), then stops the server. Prints the
number of test cases, every failure kind with its operations, and the
count of server errors (5xx), which must be zero: the exit status is 1 when
there is any. The full JSON report is left in benchmarks/out/schemathesis/.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import serverproc

SERVER_ERROR_CODES = {"ST101", "ST102"}  # 5xx, per `st explain --list`


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--max-examples", type=int, default=100, help="test cases per operation and phase (default 100)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    out = Path(__file__).resolve().parent / "out" / "schemathesis"
    out.mkdir(parents=True, exist_ok=True)
    report_path = out / "report.json"
    port = serverproc.free_port()
    server = serverproc.start(args.workers, port)
    try:
        st = Path(sys.executable).with_name("st")
        cmd = [str(st), "run", f"http://127.0.0.1:{port}/openapi.json", "--checks", "all",
               "--max-examples", str(args.max_examples), "--seed", str(args.seed), "--no-color",
               "--generation-database", "none", "--report", "json", "--report-json-path", str(report_path)]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        (out / "output.txt").write_text(proc.stdout + proc.stderr, encoding="utf-8")
    finally:
        serverproc.stop(server)
    if not report_path.exists():
        print(proc.stdout[-3000:], proc.stderr[-3000:], sep="\n")
        return 2
    report = json.loads(report_path.read_text(encoding="utf-8"))
    cases = report["test_cases"]
    print(f"schemathesis {report['schemathesis_version']}, seed {report['seed']}, "
          f"{report['operations']['tested']} operations, {report['running_time']:.1f} s")
    print(f"test cases: {cases['generated']} generated, {cases['with_failures']} with failures "
          f"({cases['unique_failures']} unique), {cases['errored']} errored")
    server_errors = 0
    for failure in report["failures"]:
        print(f"  {failure['code']} {failure['title']}: {failure['count']} on {', '.join(failure['operations'])}")
        if failure["code"] in SERVER_ERROR_CODES:
            server_errors += failure["count"]
    for error in report["errors"]:
        print(f"  error: {json.dumps(error)[:300]}")
    print(f"server errors (5xx): {server_errors}")
    return 1 if server_errors else 0


if __name__ == "__main__":
    sys.exit(main())
