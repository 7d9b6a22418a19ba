"""Compiled against pure-Python modules: the CPU of a 1 MB check, whole and by module.

    python benchmarks/compiled_speed.py --build DIR MODULE.py ...
    python benchmarks/compiled_speed.py CORPUS.jsonl --tree PURE --tree COMPILED
        [--workload english|sourced|align ...] [--size BYTES] [--repeat 3] [--rounds 3] [--by-module] [--top 30]
    python benchmarks/compiled_speed.py CORPUS.jsonl --compile MODULE.py ... [--each] [--workload ...]

``--compile`` does the build below in a temporary folder (removed at the
end) and times this checkout, pure, against it; ``--each`` first compiles
each module alone and says whether mypyc and gcc take it. ``--workload``
picks what is timed (repeatable; default ``english``): ``english`` checks
1 MB of English, ``sourced`` checks ``meaning_speed.py``'s bilingual
document with its source, ``align`` builds its lexical alignment alone
(given the sentence pairs; the digest covers every word's links and the
name checks). docs/compiled.md has what was found.

``--build DIR`` copies this checkout's tracked files (as they are in the
working tree) to the empty folder ``DIR`` and compiles the given modules
there with mypyc (``tqcheck/text/words.py`` ...; it takes minutes). Each
compiled module leaves ``words.cpython-*.so`` beside ``words.py``, and
Python imports the extension first. Nothing is installed and this
checkout is not touched.

Each ``--tree`` is a checkout of tqcheck (``PYTHONPATH`` is set to it): a
built folder is timed against one without compiled modules. Each round
starts a fresh process per tree, alternating, so the drift of a shared
machine falls on both alike; a process warms up with one check and keeps
the best CPU time (``time.process_time``) of ``--repeat`` checks of the
same text. Every process also prints a digest of the issues it found:
compiled and pure modules must find the same ones.

``--by-module`` adds a sampling profile (``ITIMER_PROF``, one sample per
millisecond of CPU, each weighted by the CPU time since the last): the
time spent with each module's code at the top of the Python stack, C calls
it made included. Read it on a pure tree, to pick what to compile: a
compiled module makes no Python frames, so in a built tree its time shows
under the Python code that called it.

``--perf DIR`` (Linux ``perf``) samples one more process per tree over its
timed checks and groups the CPU by the C code it ran: the interpreter's
loop and frames (all that compiling Python code can take away, with some
boxing of ints), regular expressions, allocation, dicts and sets, ``str``
methods, iterators. It bounds what any compiler of this Python can gain.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

PROBE = r"""
import collections, hashlib, json, signal, sys, time
a = json.loads(sys.argv[1])
sys.path.insert(0, a["bench"])
import corpus_text
import tqcheck
from tqcheck.config import Config
from tqcheck.gcsettle import paused

cfg = Config()
if a["workload"] == "english":
    text = corpus_text.english_document(a["corpus"], a["size"])

    def run():
        t = time.process_time()
        report = tqcheck.check(text, config=cfg)
        return time.process_time() - t, report.issues
elif a["workload"] == "sourced":
    source, text = corpus_text.bilingual_document(a["corpus"], a["size"])

    def run():
        t = time.process_time()
        report = tqcheck.check(text, source=source, config=cfg)
        return time.process_time() - t, report.issues
else:  # "align": the lexical alignment alone, given the sentence pairs (as meaning_speed.py times it)
    from tqcheck.align import pairs
    from tqcheck.bilingual.align import build
    from tqcheck.text import Document
    from tqcheck.unit import Unit

    source, text = corpus_text.bilingual_document(a["corpus"], a["size"])

    def run():
        unit = Unit(Document(text, "en"), Document(source, "zh"))
        ps = pairs(unit)
        with paused():  # as bilingual.alignment builds it
            t = time.process_time()
            al = build(source, text, ps, source_doc=unit.source, target_doc=unit.target)
            took = time.process_time() - t
        # what the rules read: each source word's links, each target word's, the name checks
        return took, [al.to_dict(), [(w.text, list(w.links)) for w in al.target], [repr(n) for n in al.names]]


def digest_of(found):
    if a["workload"] == "align":
        return hashlib.sha1(json.dumps(found, sort_keys=True, default=str).encode()).hexdigest()
    return hashlib.sha1("\n".join(json.dumps(i.to_dict(), sort_keys=True) for i in found).encode()).hexdigest()


_, found = run()  # warm: lexicons, patterns, memoised word verdicts
digest = digest_of(found)
if a["perf"]:  # perf attaches now, so that it records the timed runs only
    print("ready", file=sys.stderr, flush=True)
    sys.stdin.readline()
times = []
for _ in range(a["repeat"]):
    took, again = run()
    times.append(took)
    if digest_of(again) != digest:  # a compiled module must not drift from one run to the next either
        digest = "unstable"
if a["perf"]:  # perf stops now, before the process's own teardown
    print("done", file=sys.stderr, flush=True)
    sys.stdin.readline()
spent = collections.Counter()
if a["by_module"]:
    last = [0.0]

    def sample(sig, frame):
        now = time.process_time()
        name = frame.f_code.co_filename
        spent[name.rsplit("/tqcheck/", 1)[-1] if "/tqcheck/" in name else "(outside tqcheck)"] += now - last[0]
        last[0] = now

    signal.signal(signal.SIGPROF, sample)
    last[0] = time.process_time()
    signal.setitimer(signal.ITIMER_PROF, 0.001, 0.001)
    for _ in range(a["repeat"]):
        run()
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    spent = collections.Counter({k: v / a["repeat"] for k, v in spent.items()})
compiled = sorted(m.__name__ for m in list(sys.modules.values())
                  if m is not None and m.__name__.startswith("tqcheck")
                  and str(getattr(m, "__file__", "") or "").endswith(".so"))
print(json.dumps({"cpu": min(times), "times": times, "issues": len(found), "digest": digest,
                  "mb": len(text.encode()) / 1e6, "compiled": compiled, "modules": dict(spent)}))
"""

#: what each ``--workload`` times (all on the same corpus file)
WORKLOADS = {
    "english": "tqcheck.check(text) on --size bytes of English (throughput.py's document), every family",
    "sourced": "tqcheck.check(target, source=...) on meaning_speed.py's bilingual document, every family",
    "align": "the lexical alignment alone (bilingual.align.build) on that document, given its sentence pairs",
}


#: mypy settings for the build: the project's own, less what only
#: ``python -m mypy`` needs. pyproject.toml is left out of the copy, where
#: the setuptools that mypyc drives would read (and reject) its [project].
MYPY_INI = """[mypy]
python_version = 3.11
ignore_missing_imports = True
disable_error_code = annotation-unchecked
"""


def copy_tree(dest: Path) -> None:
    """This checkout's tracked files, as they are in the working tree, into the empty folder ``dest``."""
    root = HERE.parent
    if dest.exists() and any(dest.iterdir()):
        sys.exit(f"{dest} is not empty")
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=root, check=True, capture_output=True).stdout
    for name in listed.decode().split("\0"):
        if name and name != "pyproject.toml" and (root / name).is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(root / name, dest / name)
    (dest / "mypy.ini").write_text(MYPY_INI)


class BuildFailed(Exception):
    """mypyc or gcc refused the modules; the message is the end of their output."""


def compile_modules(dest: Path, modules: list[str]) -> dict:
    """Compile ``modules`` (paths such as ``tqcheck/bilingual/align.py``) in the copy ``dest`` with mypyc.

    Returns the wall and CPU seconds the build took (mypy, mypyc, gcc) and the
    extension files it left. Nothing is installed: the copy imports them
    because an extension is found before a ``.py`` of the same name.
    """
    before, t0 = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "mypyc", *modules], cwd=dest, capture_output=True, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode:
        tail = [line for line in (done.stdout + done.stderr).splitlines() if line.strip()][-15:]
        raise BuildFailed("\n".join(tail))
    return {"wall": time.perf_counter() - t0,
            "cpu": after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime,
            "built": sorted(str(p.relative_to(dest)) for p in (dest / "tqcheck").rglob("*.so"))}


def build(dest: Path, modules: list[str]) -> dict:
    copy_tree(dest)
    made = compile_modules(dest, modules)
    print(f"{len(made['built'])} extension files in {dest} ({made['wall']:.0f} s wall, {made['cpu']:.0f} s CPU): "
          f"{', '.join(made['built'])}")
    return made


def probe(tree: str, corpus: str, size: int, repeat: int, by_module: bool, perf: str = "",
          workload: str = "english") -> dict:
    """One process's figures; with ``perf`` (a file name), ``perf record`` samples its timed checks."""
    env = dict(os.environ, PYTHONPATH=str(Path(tree).resolve()))
    params = {"bench": str(HERE), "corpus": str(Path(corpus).resolve()), "size": size, "repeat": repeat,
              "by_module": by_module, "perf": bool(perf), "workload": workload}
    cmd = [sys.executable, "-c", PROBE, json.dumps(params)]
    if not perf:
        out = subprocess.run(cmd, env=env, cwd=tree, check=True, capture_output=True, text=True).stdout
        return json.loads(out.strip().splitlines()[-1])
    proc = subprocess.Popen(cmd, env=env, cwd=tree, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stdin and proc.stdout and proc.stderr
    while proc.stderr.readline().strip() != "ready":
        if proc.poll() is not None:
            sys.exit(f"{tree}: the probe failed: {proc.stderr.read()}")
    recorder = subprocess.Popen(["perf", "record", "-q", "-F", "999", "-p", str(proc.pid), "-o", perf],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)  # perf is attached
    proc.stdin.write("go\n")
    proc.stdin.flush()
    while proc.stderr.readline().strip() != "done":
        if proc.poll() is not None:
            sys.exit(f"{tree}: the probe failed: {proc.stderr.read()}")
    recorder.send_signal(signal.SIGINT)
    recorder.wait()
    proc.stdin.write("go\n")
    proc.stdin.flush()
    out = proc.stdout.read()
    proc.wait()
    return json.loads(out.strip().splitlines()[-1])


#: C symbols of CPython grouped by what they do, to read a ``perf`` profile:
#: compiling Python code can only remove the first group (and some boxing)
GROUPS = (
    ("interpreter loop and frames", re.compile(r"_PyEval|_PyFrame|^initialize_locals$")),
    ("compiled tqcheck code", re.compile(r"^CPy")),
    ("regular expressions (sre)", re.compile(r"^sre_|^_sre|^pattern_|^match_|^scanner_")),
    ("allocation and deallocation", re.compile(r"(?i)malloc|free|dealloc|alloc|_Py_NewReference|chunk")),
    ("dict and set", re.compile(r"dict|^set_|^set|lookkey|(?i:hash)|unicodekeys")),
    ("str methods", re.compile(r"(?i)unicode|ucs|find|^str|fastsearch|split|memcmp|memmove")),
    ("iterators (list, map, compress, ...)", re.compile(r"iter|map_next|compress|accumulate")),
    ("int objects", re.compile(r"Long|long_")),
)


def perf_groups(data: str) -> dict[str, float]:
    """Share of the samples of ``perf record`` file ``data`` in each of ``GROUPS`` (the rest: "other C")."""
    out = subprocess.run(["perf", "report", "-i", data, "--no-children", "--sort", "dso,sym",
                          "--percent-limit", "0"], check=True, capture_output=True, text=True).stdout
    shares: dict[str, float] = {}
    for line in out.splitlines():
        m = re.match(r"\s+([\d.]+)%\s+(\S+)\s+\[(.)\]\s+(.*)", line)
        if not m:
            continue
        share, dso, sym = float(m[1]), m[2], m[4].strip()
        group = "kernel" if m[3] == "k" else next(
            (name for name, rx in GROUPS if rx.search(sym) or (name == "compiled tqcheck code" and "__mypyc" in dso)),
            "other C (calls, tuples, arrays, ...)")
        shares[group] = shares.get(group, 0.0) + share
    return shares


def main() -> None:
    if sys.argv[1:2] == ["--build"]:
        if len(sys.argv) < 4:
            sys.exit("usage: compiled_speed.py --build DIR MODULE.py ...")
        dest = Path(sys.argv[2])
        dest.mkdir(parents=True, exist_ok=True)
        build(dest.resolve(), sys.argv[3:])
        return
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--tree", action="append", default=[], help="a checkout; the first is the reference")
    ap.add_argument("--compile", nargs="+", metavar="MODULE.py", default=[],
                    help="build a copy of this checkout with these modules compiled in a temporary folder "
                         "(removed at the end) and time it against this checkout, pure")
    ap.add_argument("--each", action="store_true",
                    help="with --compile: first try each module alone in its own temporary copy and report "
                         "whether mypyc and gcc take it, and how long it takes")
    ap.add_argument("--workload", action="append", choices=sorted(WORKLOADS),
                    help="what to time (repeatable; default english): " + "; ".join(
                        f"{k}: {v}" for k, v in WORKLOADS.items()))
    ap.add_argument("--size", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3, help="checks per process (the best counts)")
    ap.add_argument("--rounds", type=int, default=3, help="processes per tree, alternating")
    ap.add_argument("--by-module", action="store_true", help="add a sampling profile by module")
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--perf", metavar="DIR",
                    help="also sample one more process per tree with perf (files go to DIR) and group "
                         "its CPU by kind of C code: what compiling could remove and what it could not")
    args = ap.parse_args()
    if not args.tree and not args.compile:
        ap.error("give --tree (twice or more) or --compile")
    if args.each and not args.compile:
        ap.error("--each needs --compile")
    with tempfile.TemporaryDirectory(prefix="tqcheck-mypyc-") as scratch:
        if args.each:
            for module in args.compile:
                try_alone(Path(scratch), module)
        if args.compile:
            built = Path(scratch) / "all"
            built.mkdir()
            copy_tree(built)
            try:
                made = compile_modules(built, args.compile)
            except BuildFailed as e:
                sys.exit(f"the build failed:\n{e}")
            print(f"compiled {len(args.compile)} modules in {made['wall']:.0f} s wall, {made['cpu']:.0f} s CPU "
                  f"({len(made['built'])} extension files)", flush=True)
            args.tree = [str(HERE.parent), str(built)]
        for workload in args.workload or ["english"]:
            print(f"\n== {workload}: {WORKLOADS[workload]}", flush=True)
            compare(args, workload)


def try_alone(scratch: Path, module: str) -> None:
    dest = scratch / ("alone-" + module.replace("/", "_"))
    dest.mkdir()
    copy_tree(dest)
    try:
        made = compile_modules(dest, [module])
        print(f"{module}: compiles ({made['wall']:.0f} s wall, {made['cpu']:.0f} s CPU)", flush=True)
    except BuildFailed as e:
        print(f"{module}: FAILS\n    " + str(e).replace("\n", "\n    "), flush=True)
    shutil.rmtree(dest)


def compare(args: argparse.Namespace, workload: str) -> None:
    runs: dict[str, list[dict]] = {t: [] for t in args.tree}
    for _ in range(args.rounds):
        for tree in args.tree:
            try:
                r = probe(tree, args.corpus, args.size, args.repeat, args.by_module, workload=workload)
            except subprocess.CalledProcessError as e:  # a compiled module's type check failing at run time
                tail = "\n    ".join((e.stderr or "").strip().splitlines()[-6:])
                print(f"{tree}: the {workload} run FAILED:\n    {tail}", flush=True)
                return
            runs[tree].append(r)
            print(f"{tree}: {r['cpu']:.3f} s CPU, {r['issues']:,} {'items' if workload == 'align' else 'issues'}, "
                  f"digest {r['digest'][:12]}, {len(r['compiled'])} compiled modules", flush=True)
    ref = args.tree[0]
    best = {t: min(r["cpu"] for r in rs) for t, rs in runs.items()}
    for tree in args.tree:
        rs = runs[tree]
        mb = rs[0]["mb"]
        same = {r["digest"] for r in rs} == {r["digest"] for r in runs[ref]} and "unstable" not in rs[0]["digest"]
        spread = sorted(r["cpu"] for r in rs)
        print(f"{tree}: best {best[tree]:.3f} s CPU (best of each process {spread[0]:.3f}-{spread[-1]:.3f}; "
              f"{mb / best[tree]:.2f} MB/s), speed-up {best[ref] / best[tree]:.2f}x against {ref}; "
              f"{'identical' if same else 'DIFFERENT'} output; compiled: {', '.join(rs[0]['compiled']) or 'none'}")
    if args.by_module:
        mean = {t: {} for t in args.tree}
        for tree, rs in runs.items():
            for r in rs:
                for k, v in r["modules"].items():
                    mean[tree][k] = mean[tree].get(k, 0.0) + v / len(rs)
        names = sorted(mean[ref], key=lambda k: -mean[ref][k])[:args.top]
        print("\nCPU per check by module (mean of the rounds, ms): " + " | ".join(args.tree))
        for k in names:
            cells = [f"{1000 * mean[t].get(k, 0.0):7.1f}" for t in args.tree]
            print(f"  {k:<44} " + " ".join(cells))
    if args.perf:
        Path(args.perf).mkdir(parents=True, exist_ok=True)
        groups = {}
        for i, tree in enumerate(args.tree):
            data = str(Path(args.perf) / f"{workload}-tree{i}.perf.data")
            r = probe(tree, args.corpus, args.size, args.repeat, False, perf=data, workload=workload)
            groups[tree] = (r["cpu"], perf_groups(data))
        print("\nperf: share of the CPU of the timed checks (ms per check, from the best time): "
              + " | ".join(args.tree))
        names = sorted({g for _, sh in groups.values() for g in sh}, key=lambda g: -groups[ref][1].get(g, 0.0))
        for g in names:
            cells = [f"{sh.get(g, 0.0):5.1f}% {1000 * cpu * sh.get(g, 0.0) / 100:6.0f}" for cpu, sh in groups.values()]
            print(f"  {g:<40} " + "   ".join(cells))


if __name__ == "__main__":
    main()
