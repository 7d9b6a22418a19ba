"""Start-up: what one ``tqcheck check FILE`` costs as a whole process, and where it goes.

    python benchmarks/startup.py [FILE] [--runs 10] [--tree DIR ...] [--bytecode both|yes|no]

Each run is a new ``python -m tqcheck check FILE`` (default: the bundled
sample article, 3,929 characters); its CPU time (user + system, from the
children's rusage) is what a pre-commit hook or an editor pays per file.
With several ``--tree`` folders (checkouts, e.g. main and a branch) the
runs alternate between them, so the machine's drift falls on all alike.

``--bytecode no`` runs with ``PYTHONDONTWRITEBYTECODE=1`` and without any
``__pycache__`` in the tree (every module compiled from source, as in a
checkout on a machine that sets that variable); ``yes`` after compiling
the tree once (as ``pip install`` does for a wheel). The user's cache
(``TQCHECK_CACHE_DIR``, compiled word lists and patterns) is warmed by one
run first; ``--cold-cache`` gives each run an empty one instead.

Then a breakdown, in one process per tree (the median of ``--runs``):
the interpreter alone (``python -c pass``), imports (``tqcheck.cli`` and
the ``check`` command), building the rules, the first-use loads (the
frequency list, Hunspell, the tag table, the rest of the first check's
loads), and the check itself with its output.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = r"""
import json, resource, sys, io, contextlib
def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime
out = {}
t = cpu(); out["before imports"] = t
import tqcheck.cli, tqcheck.cli.check
try:  # what a run of the check command builds (older trees build every command's parser)
    parser = tqcheck.cli.build_parser("check")
except TypeError:
    parser = tqcheck.cli.build_parser()
out["imports and parser"] = cpu() - t; t = cpu()
from tqcheck.api import Checker
from tqcheck.config import Config
Checker(Config())
out["rules built and selected"] = cpu() - t; t = cpu()
from tqcheck.lexicon import dictionary, tags
dictionary.frequencies()
out["frequency list"] = cpu() - t; t = cpu()
dictionary._hunspell()
out["Hunspell"] = cpu() - t; t = cpu()
tags.table()
out["tag table"] = cpu() - t; t = cpu()
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    tqcheck.cli.main(["check", sys.argv[1]])
out["first check with its other loads, and output"] = cpu() - t; t = cpu()
with contextlib.redirect_stdout(buf):
    tqcheck.cli.main(["check", sys.argv[1]])
out["(a second check in the same process)"] = cpu() - t
print(json.dumps(out))
"""


def _env(tree: Path, bytecode: bool, cache_dir: str) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(tree), TQCHECK_CACHE_DIR=cache_dir, XDG_CACHE_HOME=cache_dir)
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _clear_bytecode(tree: Path) -> None:
    for d in (tree / "tqcheck").rglob("__pycache__"):
        shutil.rmtree(d, ignore_errors=True)


def _child_cpu(cmd: list[str], env: dict[str, str], cwd: Path) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("file", nargs="?", default=str(ROOT / "examples" / "article.txt"))
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--tree", action="append", type=Path, help="a checkout to time (repeatable; default: this one)")
    ap.add_argument("--bytecode", choices=("both", "yes", "no"), default="both")
    ap.add_argument("--cold-cache", action="store_true", help="an empty user cache for every run")
    args = ap.parse_args()
    trees = [t.resolve() for t in (args.tree or [ROOT])]
    file = str(Path(args.file).resolve())
    modes = {"both": (False, True), "yes": (True,), "no": (False,)}[args.bytecode]
    print(f"{file}: {Path(file).stat().st_size:,} bytes; {args.runs} runs per tree, alternating; "
          f"load average {os.getloadavg()[0]:.2f}")
    for bytecode in modes:
        label = "bytecode" if bytecode else "no bytecode (PYTHONDONTWRITEBYTECODE=1, no __pycache__)"
        caches = {t: tempfile.mkdtemp(prefix="tqcheck-startup-") for t in trees}
        cmd = [sys.executable, "-m", "tqcheck", "check", file]
        for t in trees:
            _clear_bytecode(t)
            if bytecode:
                subprocess.run([sys.executable, "-m", "compileall", "-q", str(t / "tqcheck")], check=True)
            _child_cpu(cmd, _env(t, bytecode, caches[t]), t)  # warms the user cache
        times: dict[Path, list[float]] = {t: [] for t in trees}
        for _ in range(args.runs):
            for t in trees:
                cache = tempfile.mkdtemp(prefix="tqcheck-cold-") if args.cold_cache else caches[t]
                times[t].append(_child_cpu(cmd, _env(t, bytecode, cache), t))
                if args.cold_cache:
                    shutil.rmtree(cache, ignore_errors=True)
        bare = statistics.median(_child_cpu([sys.executable, "-c", "pass"], _env(trees[0], bytecode, caches[trees[0]]),
                                            ROOT) for _ in range(args.runs))
        print(f"\n{label}; interpreter alone (python -c pass): {bare:.3f} s CPU")
        for t in trees:
            v = times[t]
            print(f"  {t}: tqcheck check, whole process: median {statistics.median(v):.3f} s CPU "
                  f"(min {min(v):.3f}, max {max(v):.3f})")
        for t in trees:
            parts: dict[str, list[float]] = {}
            for _ in range(args.runs):
                out = subprocess.run([sys.executable, "-c", PROBE, file], env=_env(t, bytecode, caches[t]), cwd=t,
                                     capture_output=True, text=True, check=True).stdout
                for k, x in json.loads(out.splitlines()[-1]).items():
                    parts.setdefault(k, []).append(x)
            print(f"  {t}: breakdown, median s CPU: " +
                  ", ".join(f"{k} {statistics.median(x):.3f}" for k, x in parts.items()))
        for c in caches.values():
            shutil.rmtree(c, ignore_errors=True)
        if not bytecode:
            for t in trees:
                _clear_bytecode(t)


if __name__ == "__main__":
    main()
