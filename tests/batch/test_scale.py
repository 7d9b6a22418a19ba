"""Acceptance: 200,000 JSON Lines with 1% malformed lines go through the
parallel, streaming runner with nothing lost, in order, in flat memory.

Counts are asserted, not times. The targets are short (too short for the
language detector) and the rule set is one rule group, so that the test costs
the runner's own work rather than the rules'.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.batch.memory import PeakSampler
from tests.conftest import ROOT

LINES = 200_000
BAD = (
    b'{"id": "x", "target": "broken',   # not JSON
    b'[1, 2]',                           # not an object
    b'{"target": "caf\xe9"}',            # not UTF-8
    b'{"source": "only a source"}',      # no target
)
#: holding every result until the end would take several hundred MB here
MAIN_LIMIT_MB = 150
WORKER_LIMIT_MB = 250


def write_input(path) -> int:
    bad = 0
    with open(path, "wb") as fh:
        for i in range(1, LINES + 1):
            if i % 100 == 0:
                fh.write(BAD[(i // 100) % len(BAD)] + b"\n")
                bad += 1
            else:
                target = f"Line {i} is fine." if i % 10 else f"Line {i} is off ."
                fh.write(json.dumps({"id": f"s{i}", "target": target}).encode() + b"\n")
    return bad


def test_200k_lines_with_bad_ones_all_come_out_in_order_in_flat_memory(tmp_path):
    src, out = tmp_path / "big.jsonl", tmp_path / "out.jsonl"
    bad = write_input(src)
    assert bad == LINES // 100
    cmd = [sys.executable, "-m", "tqcheck", "check", "--no-config", "--format", "jsonl", "--jobs", "2", "-q",
           "--disable", "*", "--enable", "punctuation.spacing", "-o", str(out), str(src)]
    proc = subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with PeakSampler(proc.pid) as sampler:
        stdout, stderr = proc.communicate(timeout=900)
    assert proc.returncode == 2, stderr  # some lines could not be read
    assert stdout == "" and "Traceback" not in stderr

    counts = {"checked": 0, "error": 0, "skipped": 0}
    expected_line = 1
    issues = 0
    with open(out, encoding="utf-8") as fh:
        for raw in fh:
            rec = json.loads(raw)
            if rec["type"] == "summary":
                summary = rec["summary"]
                continue
            assert rec["line"] == expected_line  # input order, no gaps
            if rec["type"] == "checked":
                assert rec["segment"] == f"s{expected_line}"
                issues += len(rec["report"]["issues"])
            expected_line += 1
            counts[rec["type"]] += 1
    assert expected_line - 1 == LINES  # records in = records out
    assert counts == {"checked": LINES - bad, "error": bad, "skipped": 0}
    assert summary["records"] == LINES and summary["errors"] == bad
    assert issues == summary["issues"] == (LINES // 10 - LINES // 100)  # "off ." lines, less the bad ones

    main = sampler.peaks.get(proc.pid, 0) / 1024
    workers = [kb / 1024 for pid, kb in sampler.peaks.items() if pid != proc.pid]
    print(f"peak RSS: main {main:.0f} MB; other processes {', '.join(f'{w:.0f}' for w in sorted(workers))} MB")
    assert 0 < main < MAIN_LIMIT_MB
    assert workers and max(workers) < WORKER_LIMIT_MB
