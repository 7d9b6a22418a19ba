"""Ctrl-C: the run stops cleanly, with a partial summary, a well-formed
stream up to that point, no half-written --output, and no process left."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

from tests.batch.test_attacks_batch import wait_mid_run
from tests.conftest import ROOT

SENTENCE = "The delegation from the provincial government visited the new port facilities on Tuesday morning."


def big_input(path, n: int = 20000) -> str:
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": str(i), "target": SENTENCE}) + "\n")
    return str(path)


def start(*args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "tqcheck", "check", "--no-config", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env,
                            start_new_session=True)  # its own process group, like a terminal job


def interrupt(proc: subprocess.Popen) -> None:
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C does: the whole group gets SIGINT


def group_gone(pgid: int) -> bool:
    for _ in range(50):
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    return False


def test_ctrl_c_gives_partial_results_and_summary(tmp_path):
    proc = start("--format", "jsonl", "--jobs", "2", big_input(tmp_path / "big.jsonl"))
    first = proc.stdout.readline()  # records are flowing
    assert first, proc.communicate()[1]
    assert json.loads(first)["type"] == "checked"
    interrupt(proc)
    # not communicate(): it reads the pipe directly, past what readline buffered
    rest, err = proc.stdout.read(), proc.stderr.read()
    proc.wait(timeout=120)
    assert proc.returncode == 130
    recs = [json.loads(first)] + [json.loads(line) for line in rest.splitlines()]
    assert recs[-1]["type"] == "summary" and recs[-1]["summary"]["interrupted"] is True
    checked = recs[:-1]
    assert [r["segment"] for r in checked] == [str(i) for i in range(len(checked))]  # in order, no gaps
    assert recs[-1]["summary"]["records"] == len(checked) < 20000
    assert "interrupted; partial summary" in err and "Interrupted after 1 file" in err
    assert "Traceback" not in err
    assert group_gone(proc.pid)


def test_ctrl_c_leaves_no_output_file(tmp_path):
    out = tmp_path / "report.sarif"
    proc = start("--format", "sarif", "--jobs", "2", "-o", str(out), big_input(tmp_path / "big.jsonl"))
    wait_mid_run(proc, tmp_path, min_bytes=1)  # the run is writing its (unnamed) temporary output
    interrupt(proc)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.jsonl"]
    assert group_gone(proc.pid)
