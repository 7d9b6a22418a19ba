"""Killed and hostile batch runs (issue 16, acceptance "batch runs account
for every record"): what a kill -9 or a SIGTERM in the middle of
``tqcheck check --format jsonl -o OUT`` leaves behind, and what a folder of
unreadable and non-text inputs gives.

    python benchmarks/batch_kill.py [--lines 50000] [--jobs 2] [--kill-at-mb 5] [--code DIR]

1. kill -9, then SIGTERM, each on a fresh run over LINES JSON Lines
   records with ``-o`` pointing at an existing report, sent to the main
   process once the run's temporary output has grown to KILL_AT_MB. For
   each: the exit status, whether the old report is intact, the temporary
   files left in the output folder (named ones: ``O_TMPFILE`` leaves none
   by construction), and the run's processes (workers, fork server,
   resource tracker) still alive 10 s later. Survivors are then killed by
   pid, so the benchmark itself leaves nothing behind.
2. A folder with one good JSONL file (3 records), an unreadable subfolder,
   a FIFO, a UTF-16BE file without a byte-order mark and a file with NUL
   bytes: the error records, which input each names, and records in
   (3 + 4 bad inputs) against records out. Run as root, a ``chmod 000``
   folder is still readable (CAP_DAC_OVERRIDE / CAP_DAC_READ_SEARCH), so
   the run drops those two capabilities from its bounding set first (as
   ``setpriv --bounding-set -dac_override,-dac_read_search`` does): root
   then reads it as any user would, which is what is being measured.

``--code DIR`` runs another checkout's tqcheck (e.g. the main branch) for a
before/after comparison.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import signal
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
SENTENCE = "The delegation from the provincial government visited the new port facilities on Tuesday morning."
OLD = "the previous report\n"


def make_input(path: Path, n: int) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": str(i), "target": SENTENCE}) + "\n")


def command(code: Path, *args: str) -> tuple[list[str], dict[str, str]]:
    env = {**os.environ, "PYTHONPATH": str(code)}
    return [sys.executable, "-m", "tqcheck", "check", "--no-config", *args], env


def temp_output(pid: int, folder: Path) -> int:
    """Bytes in the run's temporary output (unnamed, or a named one) so far."""
    prefix = str(folder) + "/"
    try:
        fds = os.listdir(f"/proc/{pid}/fd")
    except OSError:
        return -1
    for fd in fds:
        try:
            link = os.readlink(f"/proc/{pid}/fd/{fd}")
            if link.startswith(prefix) and "/big.jsonl" not in link and not link.endswith("/report.jsonl"):
                return os.stat(f"/proc/{pid}/fd/{fd}").st_size
        except OSError:
            continue
    return 0


def alive(procs: list[psutil.Process]) -> list[psutil.Process]:
    out = []
    for p in procs:
        try:
            if p.is_running() and p.status() != psutil.STATUS_ZOMBIE:
                out.append(p)
        except psutil.NoSuchProcess:
            pass
    return out


def killed_run(code: Path, signum: int, lines: int, jobs: int, kill_at: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="tqcheck-kill-") as tmp:
        folder = Path(tmp)
        make_input(folder / "big.jsonl", lines)
        report = folder / "report.jsonl"
        report.write_text(OLD, encoding="utf-8")
        argv, env = command(code, "--format", "jsonl", "--jobs", str(jobs), "-o", str(report), str(folder / "big.jsonl"))
        started = time.monotonic()
        proc = subprocess.Popen(argv, cwd=code, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                text=True, start_new_session=True)
        size = 0
        while size < kill_at and proc.poll() is None and time.monotonic() - started < 600:
            time.sleep(0.05)
            size = temp_output(proc.pid, folder)
        if proc.poll() is not None:
            return {"error": f"the run ended (status {proc.returncode}) before it could be signalled"}
        procs = psutil.Process(proc.pid).children(recursive=True)
        at = time.monotonic() - started
        os.kill(proc.pid, signum)
        try:
            _, err = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:  # stderr held open by orphans
            proc.wait(timeout=60)
            err = ""
        time.sleep(0.5)
        deadline = time.monotonic() + 10
        while alive(procs) and time.monotonic() < deadline:
            time.sleep(0.2)
        survivors = alive(procs)
        names = sorted(p.name for p in folder.iterdir() if p.name not in ("big.jsonl", "report.jsonl"))
        temp_bytes = sum((folder / n).stat().st_size for n in names)
        result = {
            "signal": signal.Signals(signum).name,
            "signalled_after_s": round(at, 1),
            "temp_output_bytes_at_signal": size,
            "exit_status": proc.returncode if proc.returncode >= 0 else f"killed by {signal.Signals(-proc.returncode).name}",
            "old_file_intact": report.read_text(encoding="utf-8") == OLD,
            "temp_files_left": names,
            "temp_bytes_left": temp_bytes,
            "processes_in_run": len(procs),
            "orphans_after_10s": [f"{p.pid} {' '.join(p.cmdline())[:80]}" for p in survivors],
            "partial_summary": "partial summary" in err,
        }
        for p in survivors:  # leave nothing behind, by pid
            try:
                p.kill()
            except psutil.NoSuchProcess:
                pass
        return result


def _drop_dac() -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
        if libc.prctl(24, cap, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def hostile_folder(code: Path) -> dict:
    with tempfile.TemporaryDirectory(prefix="tqcheck-folder-") as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        (folder / "good.jsonl").write_text(
            "".join(json.dumps({"id": str(i), "target": SENTENCE}) + "\n" for i in range(3)), encoding="utf-8")
        locked = folder / "locked"
        locked.mkdir()
        (locked / "inside.txt").write_text(SENTENCE, encoding="utf-8")
        locked.chmod(0)
        os.mkfifo(folder / "pipe.txt")
        (folder / "utf16be.txt").write_bytes(SENTENCE.encode("utf-16-be"))
        (folder / "nul.txt").write_bytes(SENTENCE.encode() + b"\x00\x00\x00binary")
        bad = [str(locked), str(folder / "pipe.txt"), str(folder / "utf16be.txt"), str(folder / "nul.txt")]
        argv, env = command(code, "--format", "jsonl", "--jobs", "1", str(folder))
        as_root = os.geteuid() == 0
        started = time.monotonic()
        try:
            proc = subprocess.run(argv, cwd=code, env=env, capture_output=True, text=True, timeout=60,
                                  preexec_fn=_drop_dac if as_root else None)
            hung = False
        except subprocess.TimeoutExpired:
            proc, hung = None, True
        finally:
            locked.chmod(0o755)
        seconds = round(time.monotonic() - started, 1)
        if hung:
            return {"hung": True, "seconds": seconds}
        recs = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
        summary = recs.pop()["summary"] if recs and recs[-1].get("type") == "summary" else {}
        errors = {r["file"]: r["error"] for r in recs if r["type"] == "error"}
        return {
            "hung": False,
            "seconds": seconds,
            "exit_status": proc.returncode,
            "dropped_root_dac_capabilities": as_root,
            "error_record_per_bad_input": {Path(b).name: errors.get(b, "(none)") for b in bad},
            "records_in": 3 + len(bad),
            "records_out": len(recs),
            "summary_records": summary.get("records"),
            "checked": summary.get("checked"),
        }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lines", type=int, default=50_000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--kill-at-mb", type=float, default=5.0, help="signal once the temporary output has this many MB")
    ap.add_argument("--code", type=Path, default=ROOT, help="the checkout whose tqcheck to run")
    args = ap.parse_args()
    code = args.code.resolve()
    print(f"code: {code}  lines: {args.lines:,}  jobs: {args.jobs}  signal at {args.kill_at_mb} MB of output")
    for signum in (signal.SIGKILL, signal.SIGTERM):
        r = killed_run(code, signum, args.lines, args.jobs, int(args.kill_at_mb * 1e6))
        print(json.dumps(r, indent=2))
    print(json.dumps({"hostile_folder": hostile_folder(code)}, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
