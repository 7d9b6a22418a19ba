"""Batch throughput: every system output of a WMT zh-en test set, checked
with its source and references by ``tqcheck check`` at several --jobs.

    python benchmarks/batch_throughput.py CORPUS.jsonl [--jobs 1,2] [--limit N] [--references]

CORPUS is a zhen_parallel file (one line per segment: ``source``,
``refs{}``, ``hyps{system: output}``). It is turned into a tqcheck JSON
Lines input (one record per system output, id ``line:system``, with its
source; with ``--references`` also the references) in a temporary folder, then checked with ``--format jsonl`` into a file. For
each --jobs value it prints wall time, segments/s, CPU seconds of all the
run's processes, and peak RSS of the main process and of the largest
worker (Linux /proc, sampled; workers are children of the fork server, so
the main process's rusage cannot see them). Then the scaling ratio
(segments/s at the highest --jobs over --jobs 1), and whether the outputs
are identical whatever --jobs (they must be).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TICKS = os.sysconf("SC_CLK_TCK")


def convert(corpus: Path, dest: Path, limit: int | None, with_refs: bool) -> int:
    n = 0
    with open(corpus, encoding="utf-8") as src, open(dest, "w", encoding="utf-8") as out:
        for raw in src:
            row = json.loads(raw)
            refs = [r for r in row.get("refs", {}).values() if r] if with_refs else []
            for system, hyp in sorted(row["hyps"].items()):
                out.write(json.dumps({"id": f"{row['line']}:{system}", "source": row["source"],
                                      "target": hyp, "references": refs}, ensure_ascii=False) + "\n")
                n += 1
                if limit and n >= limit:
                    return n
    return n


def _proc_tree(pid: int) -> list[int]:
    kids: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            kids.setdefault(int(stat.rsplit(")", 1)[1].split()[1]), []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(kids.get(p, []))
    return out


def _sample(pid: int) -> tuple[int | None, float | None]:
    """(VmHWM KiB, CPU seconds so far) of one process."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None, None
    hwm = next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:")), None)
    return hwm, (int(stat[11]) + int(stat[12])) / TICKS


class Sampler(threading.Thread):
    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.rss, self.cpu = pid, {}, {}
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            for p in _proc_tree(self.pid):
                hwm, cpu = _sample(p)
                if hwm is not None:
                    self.rss[p] = max(hwm, self.rss.get(p, 0))
                    self.cpu[p] = max(cpu, self.cpu.get(p, 0.0))
            self.done.wait(0.2)


def run(inp: Path, out: Path, jobs: int) -> dict:
    cmd = [sys.executable, "-m", "tqcheck", "check", "--no-config", "--format", "jsonl", "--jobs", str(jobs),
           "-q", "-o", str(out), str(inp)]
    started = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = Sampler(proc.pid)
    sampler.start()
    _, err = proc.communicate()
    wall = time.monotonic() - started
    sampler.done.set()
    sampler.join()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"tqcheck exited {proc.returncode}: {err}")
    with open(out, encoding="utf-8") as fh:
        for line in fh:
            pass
    summary = json.loads(line)["summary"]
    others = [kb for p, kb in sampler.rss.items() if p != proc.pid]
    return {
        "jobs": jobs,
        "wall": wall,
        "records": summary["records"],
        "checked": summary["checked"],
        "issues": summary["issues"],
        "rate": summary["records"] / wall,
        "rate_in_run": summary["records_per_second"],
        "cpu": sum(sampler.cpu.values()),
        "main_cpu": sampler.cpu.get(proc.pid, 0.0),
        "main_rss_mb": sampler.rss.get(proc.pid, 0) / 1024,
        "max_other_rss_mb": max(others, default=0) / 1024,
        "processes": len(sampler.rss),
    }


def same_records(a: Path, b: Path) -> bool:
    with open(a, encoding="utf-8") as fa, open(b, encoding="utf-8") as fb:
        for la, lb in zip(fa, fb, strict=True):
            if la != lb and not (la.startswith('{"type":"summary"') and lb.startswith('{"type":"summary"')):
                return False
    return True


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--jobs", default="1,2", help="comma-separated --jobs values (default 1,2)")
    ap.add_argument("--limit", type=int, help="check only the first N system outputs")
    ap.add_argument("--references", action="store_true", help="give each segment its references too")
    args = ap.parse_args()
    jobs = [int(j) for j in args.jobs.split(",")]
    with tempfile.TemporaryDirectory(prefix="tqcheck-bench-") as tmp:
        tmp = Path(tmp)
        inp = tmp / "segments.jsonl"
        n = convert(args.corpus, inp, args.limit, args.references)
        with_what = "source and references" if args.references else "source"
        print(f"corpus: {args.corpus.name}: {n:,} system outputs (segment pairs: target with its {with_what})")
        print(f"machine: {os.cpu_count()} cores; load average before: {os.getloadavg()[0]:.2f}")
        rows = [run(inp, tmp / f"out-{j}.jsonl", j) for j in jobs]
        print(f"load average after: {os.getloadavg()[0]:.2f}")
        print(f"{'jobs':>4} {'records':>8} {'wall s':>8} {'seg/s':>8} {'seg/s*':>8} {'CPU s':>8} {'main CPU':>8} "
              f"{'cores':>6} {'main MB':>8} {'worker MB':>9}")
        for r in rows:
            print(f"{r['jobs']:>4} {r['records']:>8,} {r['wall']:>8.1f} {r['rate']:>8.1f} {r['rate_in_run']:>8.1f} "
                  f"{r['cpu']:>8.1f} {r['main_cpu']:>8.1f} {r['cpu'] / r['wall']:>6.2f} {r['main_rss_mb']:>8.0f} "
                  f"{r['max_other_rss_mb']:>9.0f}")
        print("seg/s = records / wall time of the command; seg/s* = the run's own figure (without interpreter "
              "start-up);\nCPU s = all the run's processes; main CPU = the main process (reading, writing); "
              "cores = CPU s / wall s, the share of the machine the run got")
        base = rows[0]
        for r in rows[1:]:
            print(f"scaling --jobs {r['jobs']} vs --jobs {base['jobs']}: {r['rate'] / base['rate']:.2f}x "
                  f"(wall), {r['rate_in_run'] / base['rate_in_run']:.2f}x (in run); "
                  f"CPU per record {1000 * r['cpu'] / r['records']:.1f} ms vs {1000 * base['cpu'] / base['records']:.1f} ms")
            # On a machine others share, wall-clock scaling measures the neighbours; this bound does not:
            # the work spread over the cores, with the main process's part on top of one of them.
            workers = r["cpu"] - r["main_cpu"]
            bound = base["cpu"] / max(workers / r["jobs"], r["cpu"] / min(r["jobs"], os.cpu_count() or 1))
            print(f"scaling an idle {os.cpu_count()}-core machine allows, from CPU time: {bound:.2f}x "
                  f"(--jobs {base['jobs']} CPU / the busiest core's CPU at --jobs {r['jobs']})")
            same = same_records(tmp / f"out-{base['jobs']}.jsonl", tmp / f"out-{r['jobs']}.jsonl")
            print(f"outputs identical to --jobs {base['jobs']}: {same}")
        print(f"issues found: {base['issues']:,} in {base['checked']:,} checked outputs")


if __name__ == "__main__":
    main()
