"""The whole ``tqcheck check`` process on one file, every process it starts included.

    python benchmarks/cli_process.py FILE [--tree DIR ...] [--runs 3] [--bytecode yes|no] [--warm OTHER] [-- CHECK-ARGS...]

``/usr/bin/time`` counts only the processes its command waits for; a check
that starts a pool (the default ``--jobs`` on input of more than one chunk)
leaves through ``os._exit`` without waiting for the fork server, so its
workers' CPU went uncounted. Here the benchmark makes itself a child
subreaper (Linux ``prctl``): every descendant that outlives its parent is
handed to it and waited for, and the CPU time (user + system) of the whole
tree of processes is read from the children's rusage.

With several ``--tree`` folders the runs alternate between them. Each tree
gets its own user cache (``TQCHECK_CACHE_DIR``, warmed by one run first).
That run checks FILE itself by default, so the timed runs show a file
checked again (an editor, a hook or CI re-checking it); ``--warm OTHER``
warms the cache with another document instead and gives every timed run a
fresh copy of that cache, so each times the first check of a document the
cache has never seen (the kept Hunspell verdicts and suggestions cover
OTHER's words, not FILE's).
``--bytecode yes`` (the default) compiles the tree's modules once into a
private ``PYTHONPYCACHEPREFIX`` folder, as ``pip install`` does for a
wheel, without writing into the tree; ``no`` compiles every module from
source on every run (``PYTHONDONTWRITEBYTECODE=1`` and an empty prefix
folder, so no ``__pycache__`` in the tree is read either). Arguments after ``--``
go to ``tqcheck check`` (e.g. ``-- -j 1``); the output goes to /dev/null.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PR_SET_CHILD_SUBREAPER = 36


def become_subreaper() -> None:
    if not sys.platform.startswith("linux"):
        raise SystemExit("needs Linux (prctl PR_SET_CHILD_SUBREAPER) to count every process")
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        raise SystemExit(f"prctl failed: {os.strerror(ctypes.get_errno())}")


def cpu_of(cmd: list[str], env: dict[str, str], cwd: Path) -> tuple[float, int]:
    """CPU seconds of ``cmd`` and of every process it started, and its exit status."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    code = subprocess.run(cmd, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
    while True:  # the orphans handed to us: a pool's fork server and workers
        try:
            os.wait()
        except ChildProcessError:
            break
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime, code


def main() -> None:
    argv = sys.argv[1:]
    extra: list[str] = []
    if "--" in argv:
        at = argv.index("--")
        argv, extra = argv[:at], argv[at + 1:]
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("file")
    ap.add_argument("--tree", action="append", type=Path, help="a checkout to time (repeatable; default: this one)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--bytecode", choices=("yes", "no"), default="yes")
    ap.add_argument("--warm", type=Path, help="warm each cache with this document instead of FILE, and time every "
                                              "run on a fresh copy of it: FILE is unseen")
    args = ap.parse_args(argv)
    become_subreaper()
    trees = [t.resolve() for t in (args.tree or [ROOT])]
    file = str(Path(args.file).resolve())
    mb = Path(file).stat().st_size / 1e6
    cmd = [sys.executable, "-m", "tqcheck", "check", file, *extra]
    warm = [sys.executable, "-m", "tqcheck", "check", str(args.warm.resolve())] if args.warm else cmd
    envs = {}
    for t in trees:
        env = dict(os.environ, PYTHONPATH=str(t), TQCHECK_CACHE_DIR=tempfile.mkdtemp(prefix="tqcheck-cli-cache-"))
        # a private bytecode folder either way: one the runs fill, or one that stays empty (so that no
        # __pycache__ left in the tree is read)
        env["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp(prefix="tqcheck-cli-pyc-")
        if args.bytecode == "yes":
            env.pop("PYTHONDONTWRITEBYTECODE", None)
        else:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
        envs[t] = env
        cpu_of(warm, env, t)  # warms the user cache (and writes the bytecode)
    times: dict[Path, list[float]] = {t: [] for t in trees}
    codes: dict[Path, set[int]] = {t: set() for t in trees}
    for _ in range(args.runs):
        for t in trees:
            env = envs[t]
            if args.warm:  # a fresh copy: no run sees what another added
                env = dict(env, TQCHECK_CACHE_DIR=tempfile.mkdtemp(prefix="tqcheck-cli-run-"))
                shutil.copytree(envs[t]["TQCHECK_CACHE_DIR"], env["TQCHECK_CACHE_DIR"], dirs_exist_ok=True)
            s, code = cpu_of(cmd, env, t)
            if args.warm:
                shutil.rmtree(env["TQCHECK_CACHE_DIR"], ignore_errors=True)
            times[t].append(s)
            codes[t].add(code)
    seen = f"unseen: each run on a fresh copy of a cache warmed by {args.warm}" if args.warm else "checked again"
    print(f"{file}: {mb:.2f} MB, {seen}; tqcheck check {' '.join(extra)}; bytecode {args.bytecode}; {args.runs} runs per "
          f"tree, alternating; load average {os.getloadavg()[0]:.2f}")
    for t in trees:
        v = times[t]
        print(f"  {t}: whole process tree {min(v):.3f}-{max(v):.3f} s CPU (median {statistics.median(v):.3f}) -> "
              f"{mb / max(v):.2f}-{mb / min(v):.2f} MB/s; exit status {sorted(codes[t])}")


if __name__ == "__main__":
    main()
