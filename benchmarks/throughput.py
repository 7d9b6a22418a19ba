"""Whole-pipeline throughput on a 1 MB varied English document.

Usage: python benchmarks/throughput.py CORPUS.jsonl [--size BYTES] [--repeat N]
       [--disable ID,...] [--enable ID,...] [--against-core [--articles CHARS]]
       [--no-proselint]

CORPUS is a WMT zh-en JSONL file (e.g. newstest2021.zh-en.jsonl); the
document is built from its English references and system outputs (no
paragraph repeated). Prints MB/s for tqcheck.check() end to end (document
model, every enabled rule, language detection, report), the time of each
rule family, and, side by side, our sentence splitter against pysbd when
pysbd is installed.

``--against-core`` also times the core pipeline (the punctuation family
alone, as issue 2 measured it) in the same run, alternating with the
configuration asked for, and prints the ratio of the two CPU times: on a
shared virtual machine whose speed drifts by a fifth from one minute to
the next, the ratio is steadier than either figure. ``--articles CHARS``
cuts the document into articles of about that many characters (whole
paragraphs) and checks each on its own, as the web form and a batch of
news files do: there the costs paid once per check (rule selection, the
report, analyses of a document's vocabulary) weigh more than on one
megabyte.

When proselint is installed (``pip install '.[bench]'``; a benchmark tool,
not a dependency), the same text is also linted by proselint in process
(every default check, no cap on the number of errors), alternating with
tqcheck, and the ratio of the two CPU times is printed.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict

from corpus_text import english_document

import tqcheck
from tqcheck.checker import run
from tqcheck.config import Config
from tqcheck.rules import all_rules
from tqcheck.text import Document
from tqcheck.unit import Unit


#: the document model's parts, in the order rules need them; word_count
#: after words, as in a run, where it is read off the word table
MODEL = ("line_starts", "paragraphs", "protected", "sentences", "words", "word_count", "word_keys", "_indexed",
         "lowered", "caseless", "quotes", "language")


#: the families issue 2's core figure leaves out
CORE_OFF = ("grammar", "spelling", "style", "consistency", "translation", "terminology")


def articles(text: str, size: int) -> list[str]:
    """Whole paragraphs of ``text`` grouped into documents of about ``size`` characters."""
    out, cur, n = [], [], 0
    for para in text.split("\n\n"):
        cur.append(para)
        n += len(para) + 2
        if n >= size:
            out.append("\n\n".join(cur))
            cur, n = [], 0
    if cur:
        out.append("\n\n".join(cur))
    return out


def best_of(n, fn, clock=time.perf_counter):
    best = float("inf")
    for _ in range(n):
        t = clock()
        fn()
        best = min(best, clock() - t)
    return best


def against_proselint(text: str, cfg: Config, repeat: int, mb: float) -> None:
    """proselint and tqcheck on the same text, in this process, alternately:
    best CPU time of each and their ratio."""
    try:
        from proselint.checks import __register__
        from proselint.config import DEFAULT
        from proselint.registry import CheckRegistry
        from proselint.tools import LintFile
    except ImportError:
        print("proselint: not installed (pip install '.[bench]' to compare)")
        return
    CheckRegistry().register_many(__register__)
    config = dict(DEFAULT, max_errors=10 ** 9)  # every error, as tqcheck reports every issue
    LintFile("warm-up", "Warm up the checks, very unique.").lint(config)  # type: ignore[arg-type]
    best = {"proselint": float("inf"), "tqcheck": float("inf")}
    found = 0
    for _ in range(repeat):
        t = time.process_time()
        found = len(LintFile("benchmark", text).lint(config))  # type: ignore[arg-type]
        best["proselint"] = min(best["proselint"], time.process_time() - t)
        t = time.process_time()
        tqcheck.check(text, config=cfg)
        best["tqcheck"] = min(best["tqcheck"], time.process_time() - t)
    print(f"against proselint, best of {repeat} alternating runs in this process: proselint "
          f"{best['proselint']:.3f} s CPU -> {mb / best['proselint']:.2f} MB/s ({found:,} errors), tqcheck "
          f"{best['tqcheck']:.3f} s CPU -> {mb / best['tqcheck']:.2f} MB/s; tqcheck's CPU is "
          f"{best['tqcheck'] / best['proselint']:.2f}x proselint's")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--size", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--enable", action="append", default=[])
    ap.add_argument("--disable", action="append", default=[])
    ap.add_argument("--against-core", action="store_true",
                    help="time the core pipeline alongside, alternately, and print the ratio")
    ap.add_argument("--no-proselint", action="store_true", help="do not time proselint on the same text")
    ap.add_argument("--articles", type=int, default=0, metavar="CHARS",
                    help="with --against-core: check articles of about CHARS characters one by one")
    args = ap.parse_args()
    split = lambda xs: [v for x in xs for v in x.split(",") if v]  # noqa: E731
    text = english_document(args.corpus, args.size)
    mb = len(text.encode("utf-8")) / 1e6
    cfg = Config().updated(enable=split(args.enable), disable=split(args.disable))
    tqcheck.check("Warm up the language profiles once.", config=cfg)

    if args.against_core:
        core = Config().updated(disable=list(CORE_OFF))
        tqcheck.check("Warm up the core configuration too.", config=core)
        docs = articles(text, args.articles) if args.articles else [text]
        if args.articles:
            print(f"{len(docs):,} articles of about {args.articles:,} characters, checked one by one; "
                  "the first pass warms the caches of their words")
            for d in docs:
                tqcheck.check(d, config=cfg)
        best = {"core": float("inf"), "asked": float("inf")}
        for _ in range(args.repeat):
            for label, c in (("core", core), ("asked", cfg)):
                t = time.process_time()
                for d in docs:
                    tqcheck.check(d, config=c)
                best[label] = min(best[label], time.process_time() - t)
        print(f"side by side, best of {args.repeat} alternating runs: core {mb / best['core']:.2f} MB/s CPU, "
              f"this configuration {mb / best['asked']:.2f} MB/s CPU, ratio {best['asked'] / best['core']:.2f}x")
        if args.articles:
            return

    secs = best_of(args.repeat, lambda: tqcheck.check(text, config=cfg))
    cpu = best_of(args.repeat, lambda: tqcheck.check(text, config=cfg), time.process_time)
    report = tqcheck.check(text, config=cfg)
    print(f"document: {len(text):,} characters, {mb:.2f} MB UTF-8, {report.stats['words']:,} words, "
          f"{report.stats['sentences']:,} sentences, {report.stats['paragraphs']:,} paragraphs")
    print(f"whole pipeline: {secs:.3f} s wall -> {mb / secs:.2f} MB/s; {cpu:.3f} s CPU -> {mb / cpu:.2f} MB/s "
          f"(one core; {len(report.issues):,} issues)")
    if not args.no_proselint:
        against_proselint(text, cfg, args.repeat, mb)

    # where the time goes: the document model first (each part the rules
    # share, so no family is charged for one it happens to ask for first),
    # then each family on the warm document; best of --repeat fresh documents
    parts: dict[str, float] = defaultdict(lambda: float("inf"))
    per_family: dict[str, float] = defaultdict(lambda: float("inf"))
    active = cfg.select(all_rules())
    for _ in range(args.repeat):
        doc = Document(text)
        for name in MODEL:
            if hasattr(type(doc), name):
                t = time.process_time()
                getattr(doc, name)
                parts[name] = min(parts[name], time.process_time() - t)
        unit = Unit(doc)
        spent: dict[str, float] = defaultdict(float)
        for a in active:
            t = time.process_time()
            run(unit, [a])
            spent[a.rule.family] += time.process_time() - t
        for fam, s in spent.items():
            per_family[fam] = min(per_family[fam], s)
    print(f"  document model: {sum(parts.values()):.3f} s CPU ("
          + ", ".join(f"{name} {s:.3f}" for name, s in parts.items() if s >= 0.0005) + ")")
    for fam, s in sorted(per_family.items(), key=lambda kv: -kv[1]):
        print(f"  rules {fam:<14} {s:.3f} s CPU")
    print(f"  model + rules: {sum(parts.values()) + sum(per_family.values()):.3f} s CPU")

    from tqcheck.text.splitting import line_starts, paragraphs, sentences

    ours = best_of(args.repeat, lambda: sentences(text, paragraphs(text, line_starts(text)), [], []), time.process_time)
    print(f"sentence splitting, tqcheck: {mb / ours:.2f} MB/s")
    try:
        import pysbd
    except ImportError:
        print("sentence splitting, pysbd: not installed (pip install pysbd to compare)")
        return
    seg = pysbd.Segmenter(language="en", clean=False, char_span=True)
    sample = text[:200_000]
    t = time.process_time()
    for para in sample.split("\n\n"):
        seg.segment(para)
    s = time.process_time() - t
    print(f"sentence splitting, pysbd (first 200 kB): {len(sample.encode()) / 1e6 / s:.2f} MB/s")


if __name__ == "__main__":
    main()
