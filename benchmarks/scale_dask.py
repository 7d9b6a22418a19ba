"""Corpus scale: ``--jobs N`` against ``--engine dask`` on a LocalCluster of
N workers, side by side, on Parquet built from WMT newstest2021 zh-en.

    python benchmarks/scale_dask.py CORPORA/zhen_parallel/newstest2021.zh-en.jsonl [--sizes 20000,100000] [--jobs 2] [--engines jobs,dask] [--trace] [--json OUT.json]

The input is every (source, system output) pair of the given WMT zh-en
JSON Lines file (newstest2021: 1,948
sources x 23 systems), repeated with distinct ids up to each size, in a
Parquet file (row groups of 10,000). Each size is checked by ``tqcheck
check IN --columns ... --format parquet -o OUT`` once per engine,
alternating, and reports:

* wall time and segments/s (start-up included), and whether the two
  engines' tables are identical (they must be);
* CPU seconds per process and over the whole tree (a last sample, so
  the final quarter second is missed), the fair comparison on a shared
  machine;
* peak resident memory per process of the run's process tree (Linux /proc
  VmHWM, sampled): the main process and each worker;
* time to first output: the same command with ``--format jsonl`` to a pipe,
  stopped (SIGTERM) once its first line arrived;
* the inputs of the paper estimate in docs/scale.md: the checking cost of one
  chunk (256 segments, as --engine dask sends) on one worker, the Dask round trip of an empty task,
  and the main process's own cost per segment (read, ship, write).
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.batch.memory import peak_kb, status_kb, tree  # noqa: E402

COLUMNS = "id=id,source=source,target=target"


def build(corpus: Path, path: Path, n: int) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pairs = []
    with open(corpus, encoding="utf-8") as fh:
        for raw in fh:
            row = json.loads(raw)
            for system, hyp in sorted(row["hyps"].items()):
                pairs.append((f"{row['line']}:{system}", row["source"], hyp))
    schema = pa.schema([("id", pa.string()), ("source", pa.string()), ("target", pa.string())])
    with pq.ParquetWriter(path, schema) as w:
        done, rep = 0, 0
        while done < n:
            take = pairs[: n - done]
            w.write_table(pa.table({"id": [f"{i}#{rep}" for i, _, _ in take], "source": [s for _, s, _ in take],
                                    "target": [t for _, _, t in take]}, schema=schema), row_group_size=10_000)
            done += len(take)
            rep += 1
    return len(pairs)


def command(inp: Path, engine: str, jobs: int, fmt: str, out: Path | None) -> list[str]:
    cmd = [sys.executable, "-m", "tqcheck", "check", str(inp), "--columns", COLUMNS, "--no-config", "-q",
           "--jobs", str(jobs), "--format", fmt]
    if out is not None:
        cmd += ["-o", str(out)]
    if engine == "dask":
        cmd += ["--engine", "dask"]
    return cmd


def env() -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def timed_run(inp: Path, engine: str, jobs: int, out: Path) -> dict:
    start = time.monotonic()
    proc = subprocess.Popen(command(inp, engine, jobs, "parquet", out), cwd=ROOT, env=env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peaks: dict[int, int] = {}
    cpu: dict[int, float] = {}  # last seen CPU seconds (user + system) of each process of the tree
    names: dict[int, str] = {}
    trace: list[tuple[float, int, int, int]] = []  # (seconds, main peak, largest worker peak, main now) in KiB
    while proc.poll() is None:
        for p in tree(proc.pid):
            kb = peak_kb(p)
            seconds = cpu_s(p)
            if seconds is not None:
                cpu[p] = seconds
            if kb is not None:
                peaks[p] = max(kb, peaks.get(p, 0))
                if p not in names:
                    names[p] = _role(p, proc.pid)
        trace.append((time.monotonic() - start, peaks.get(proc.pid, 0),
                      max((kb for p, kb in peaks.items() if names.get(p) == "worker"), default=0),
                      status_kb(proc.pid, "VmRSS") or 0))
        time.sleep(0.25)
    wall = time.monotonic() - start
    err = proc.stderr.read()
    if proc.returncode not in (0, 1, 2):
        raise SystemExit(f"{engine} failed ({proc.returncode}): {err[-2000:]}")
    main_mb = peaks.get(proc.pid, 0) / 1024
    workers = sorted((kb / 1024 for p, kb in peaks.items() if names.get(p) == "worker"), reverse=True)
    others = {names[p]: round(kb / 1024, 1) for p, kb in peaks.items() if names.get(p) not in ("main", "worker")}
    worker_cpu = sorted((s for p, s in cpu.items() if names.get(p) == "worker"), reverse=True)
    return {"wall_s": round(wall, 2), "main_mb": round(main_mb, 1), "worker_mb": [round(w, 1) for w in workers],
            "other_mb": others, "peaks_by_tenth": by_tenth(trace, wall),
            "cpu_s": {"main": round(cpu.get(proc.pid, 0.0), 1), "workers": [round(c, 1) for c in worker_cpu],
                      "all": round(sum(cpu.values()), 1)}}


TICKS = os.sysconf("SC_CLK_TCK")


def cpu_s(pid: int) -> float | None:
    """The process's CPU seconds so far (user + system, /proc stat): summed
    over the tree, it compares engines where wall time cannot (a shared
    machine), and it shows what the main process takes from the workers."""
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / TICKS


def by_tenth(trace: list[tuple[float, int, int, int]], wall: float) -> list[tuple[int, float, float, float]]:
    """The main and largest worker high-water marks (MB) when 10%, 20%, ...
    of the run's time had passed, and the main process's resident memory
    then: the rows are checked at a steady rate, so a flat line from the
    first tenth on is memory flat in the input's size. A high-water mark
    that rises while the resident memory does not is a rarer coincidence of
    bounded buffers, not a leak."""
    out = []
    for tenth in range(1, 11):
        upto = [t for t in trace if t[0] <= wall * tenth / 10] or trace[:1]
        if upto:
            out.append((tenth * 10, round(upto[-1][1] / 1024, 1), round(upto[-1][2] / 1024, 1),
                        round(upto[-1][3] / 1024, 1)))
    return out


def _role(pid: int, main: int) -> str:
    """main, forkserver (--jobs: the parent of the workers, forked from it,
    so same command line), resource-tracker, or worker."""
    if pid == main:
        return "main"
    try:
        cmd = open(f"/proc/{pid}/cmdline", "rb").read().replace(b"\0", b" ").decode(errors="replace")
        ppid = int(open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[1])
    except (OSError, ValueError):
        return "gone"
    if "resource_tracker" in cmd:
        return "resource-tracker"
    if "forkserver" in cmd and ppid == main:
        return "forkserver"
    return "worker"


def first_output(inp: Path, engine: str, jobs: int) -> float:
    start = time.monotonic()
    proc = subprocess.Popen(command(inp, engine, jobs, "jsonl", None), cwd=ROOT, env=env(),
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    proc.stdout.readline()
    t = time.monotonic() - start
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    return round(t, 2)


def tables_equal(a: Path, b: Path) -> bool:
    import pyarrow.parquet as pq

    return all(pq.read_table(f"{a}.{k}.parquet").equals(pq.read_table(f"{b}.{k}.parquet"))
               for k in ("segments", "issues"))


def overheads(inp: Path, jobs: int) -> dict:
    """Per chunk and per task costs for the paper estimate."""
    import distributed

    from tqcheck.batch import dask_pool
    from tqcheck.batch.pool import chunks
    from tqcheck.batch.run import events
    from tqcheck.batch.tables import ParquetWriter, TableFiles
    from tqcheck.batch.work import make_work
    from tqcheck.config import Config
    from tqcheck.formats.columns import parse
    from tqcheck.formats.records import Input, Record

    args = ({"config": Config()}, False)
    items = [i for i in events([Input(str(inp), str(inp), "parquet")], columns=parse(COLUMNS))
             if isinstance(i, Record)][:1280]
    out: dict = {}
    with distributed.LocalCluster(n_workers=jobs, threads_per_worker=1, host="127.0.0.1",
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        key = dask_pool.fingerprint(make_work, args)
        client.gather([client.submit(dask_pool.run_chunk, key, make_work, args, items[:2], pure=False)
                       for _ in range(jobs * 2)])  # warm every worker

        def timed(fn, *a):
            t = time.perf_counter()
            fn(*a)
            return time.perf_counter() - t

        # an empty task's round trip, one at a time and many at once
        t = time.perf_counter()
        for _ in range(100):
            client.submit(int, 1, pure=False).result()
        out["task_round_trip_ms"] = round((time.perf_counter() - t) / 100 * 1000, 2)
        t = time.perf_counter()
        client.gather([client.submit(int, i, pure=False) for i in range(2000)])
        out["scheduler_tasks_per_s"] = round(2000 / (time.perf_counter() - t))
        # one chunk (dask_pool.CHUNK_RECORDS segments) on one worker, timed on the worker itself
        per_chunk = client.gather([client.submit(timed, dask_pool.run_chunk, key, make_work, args, c, pure=False)
                                   for c in chunks(items, dask_pool.CHUNK_RECORDS, 1 << 30)])
        out["chunk_check_s"] = round(sorted(per_chunk)[len(per_chunk) // 2], 3)
        results = client.gather([client.submit(dask_pool.run_chunk, key, make_work, args, c, pure=False)
                                 for c in chunks(items, dask_pool.CHUNK_RECORDS, 1 << 30)])
    # the main process's own cost per segment: read, pickle out, unpickle back, write the tables
    t = time.perf_counter()
    n_read = sum(1 for i in events([Input(str(inp), str(inp), "parquet")], columns=parse(COLUMNS))
                 if isinstance(i, Record) and i.line <= len(items))
    read_s = time.perf_counter() - t
    flat = [r for chunk in results for r in chunk]
    t = time.perf_counter()
    for c in chunks(items, dask_pool.CHUNK_RECORDS, 1 << 30):
        pickle.loads(pickle.dumps(c))
    ship_s = time.perf_counter() - t
    t = time.perf_counter()
    for chunk in results:
        pickle.loads(pickle.dumps(chunk))
    back_s = time.perf_counter() - t
    with tempfile.TemporaryDirectory() as tmp:
        with open(f"{tmp}/s", "wb") as s, open(f"{tmp}/i", "wb") as i:
            w = ParquetWriter(TableFiles(s, i), {"tool": {}, "threshold": 90, "fail_on": "major", "weights": {}})
            t = time.perf_counter()
            for r in flat:
                w.result(r.to_dict())
            w.finish({})
            write_s = time.perf_counter() - t
    n = len(flat)
    out["main_us_per_segment"] = {
        "read": round(read_s / n_read * 1e6, 1), "pickle_out": round(ship_s / n * 1e6, 1),
        "pickle_back": round(back_s / n * 1e6, 1), "write_tables": round(write_s / n * 1e6, 1),
    }
    out["main_us_per_segment"]["total"] = round(sum(out["main_us_per_segment"].values()), 1)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path, help="a WMT zh-en JSON Lines file (source, hyps{system: output})")
    ap.add_argument("--sizes", default="20000,100000")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--skip-overheads", action="store_true")
    ap.add_argument("--engines", default="jobs,dask", help="which engines to run, in this order")
    ap.add_argument("--trace", action="store_true",
                    help="print each run's peaks after every tenth of its time (flat in the input's size?)")
    a = ap.parse_args()
    sizes = [int(s) for s in a.sizes.split(",")]
    report: dict = {"jobs": a.jobs, "sizes": {}, "cpus": os.cpu_count(), "loadavg_start": os.getloadavg()}
    with tempfile.TemporaryDirectory(prefix="scale_dask-") as tmp:
        tmp = Path(tmp)
        for n in sizes:
            inp = tmp / f"in{n}.parquet"
            distinct = build(a.corpus, inp, n)
            row: dict = {"distinct_pairs": distinct}
            engines = a.engines.split(",")
            for engine in engines:
                r = timed_run(inp, engine, a.jobs, tmp / f"{engine}{n}")
                r["seg_per_s"] = round(n / r["wall_s"], 1)
                row[engine] = r
                print(f"{n:>8,} {engine:>5}: {r['wall_s']:>8.1f} s {r['seg_per_s']:>7.1f} seg/s  "
                      f"main {r['main_mb']:.0f} MB  workers {r['worker_mb']} MB  other {r['other_mb']}", flush=True)
                c = r["cpu_s"]
                print(f"{'':>15}CPU: main {c['main']:.1f} s  workers {c['workers']} s  all {c['all']:.1f} s "
                      f"({c['all'] / n * 1e6:.0f} µs a segment)", flush=True)
                if a.trace:
                    print("          after each tenth of the run, MB: main peak/worker peak/main now: " + "  ".join(
                        f"{p}%: {m:.0f}/{w:.0f}/{now:.0f}" for p, m, w, now in r["peaks_by_tenth"]), flush=True)
            if len(engines) < 2:
                report["sizes"][n] = row
                continue
            row["identical"] = tables_equal(tmp / f"jobs{n}", tmp / f"dask{n}")
            row["dask_over_jobs"] = round(row["dask"]["seg_per_s"] / row["jobs"]["seg_per_s"], 3)
            print(f"{n:>8,} identical tables: {row['identical']}; dask/jobs throughput {row['dask_over_jobs']:.2f}",
                  flush=True)
            report["sizes"][n] = row
        small = tmp / f"in{sizes[0]}.parquet"
        report["first_output_s"] = {e: first_output(small, e, a.jobs) for e in engines}
        print(f"time to first output: {report['first_output_s']}", flush=True)
        if not a.skip_overheads:
            report["overheads"] = overheads(small, a.jobs)
            print(f"overheads: {json.dumps(report['overheads'])}", flush=True)
    report["loadavg_end"] = os.getloadavg()
    if a.json:
        a.json.write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
