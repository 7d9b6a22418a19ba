"""Issue 16, findings 2, 4 and 10: the work a hostile request can cause, before and after.

    PYTHONPATH=. python benchmarks/work_bounds.py [--quick] [--baseline /path/to/old/checkout]

Prints CPU seconds (process time) for:

1. scoring (finding 2): TER on a 2 kB low-entropy pair (/api/v1/score), a
   check with 4 kB of such references (/api/v1/check), and 10 kB of
   look-alike sentences (the alignment's band search) -- each without a
   budget (what the service did before) and with the service's budget;
2. glossary matching (finding 4): 16,000 entries forbidding common words on
   30 kB of news, the old reading (a pass over every entry sharing a key at
   each hit, kept below) against the new one, side by side, and the build
   time of glossaries at the service's caps;
3. 1 MB of ``(`` (finding 10): CPU time and peak RSS (``VmHWM``, reset
   after warming up) of ``tqcheck.check`` in a fresh process; with
   ``--baseline`` also for an old checkout.

``--quick`` skips the unbounded scoring runs (about a minute of CPU).
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def cpu(fn):
    t = time.process_time()
    out = fn()
    return time.process_time() - t, out


def hostile_pair(words: int = 499, vocab: int = 5, seed: int = 0) -> tuple[str, str]:
    rng = random.Random(seed)
    voc = "a b c d e f g h".split()[:vocab]
    return (" ".join(rng.choice(voc) for _ in range(words)) + ".",
            " ".join(rng.choice(voc) for _ in range(words)) + ".")


# -- 1. scoring ---------------------------------------------------------------------------


def scoring(quick: bool) -> None:
    from tqcheck.api import Checker
    from tqcheck.scoring import compare
    from tqcheck.scoring.options import service_work_budget

    def nbytes(*texts):
        return sum(len(t.encode()) for t in texts)

    h, r = hostile_pair()
    h2, r2 = hostile_pair(seed=1)
    text, ref = h + "\n" + h2, r + "\n" + r2
    look_h, look_r = " ".join(["A b."] * 1000), " ".join(["B a."] * 1000)
    cases = [
        ("/api/v1/score, one 499-word pair of 5 distinct words", nbytes(h, r),
         lambda budget: compare({"text": h}, {"references[0]": r}, budget=budget).systems["text"]),
        ("/api/v1/check, two such pairs as text and reference", nbytes(text, ref),
         lambda budget: Checker().check(text, references=[ref], score_budget=budget)),
        ("/api/v1/score, 1,000 look-alike sentences a side", nbytes(look_h, look_r),
         lambda budget: compare({"text": look_h}, {"references[0]": look_r}, budget=budget).systems["text"]),
    ]
    print("## 1. Scoring work (finding 2), CPU seconds")
    print()
    print("| request | bytes | before (no budget) | after (service budget) | budget, units | incomplete |")
    print("|---|---:|---:|---:|---:|---|")
    for name, size, run in cases:
        budget = service_work_budget(size)
        before = "skipped" if quick else f"{cpu(lambda: run(None))[0]:.2f}"
        t, out = cpu(lambda: run(budget))
        inc = out.incomplete if hasattr(out, "incomplete") else out.sections["scores"].get("incomplete")
        what = []
        if inc:
            what = [*inc["metrics"], *(["alignment narrowed"] if inc.get("alignment_narrowed") else [])]
        print(f"| {name} | {size:,} | {before} | {t:.2f} | {budget:,} | {', '.join(what) or '-'} |")
    print()


# -- 2. glossary --------------------------------------------------------------------------


def _old_find(m, text):
    """The reading before issue 16 (a pass over every candidate at every hit):
    the oracle the glossary tests compare with, imported rather than copied."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from tests.glossary.test_scale import _old_find as old

    return old(m, text)


def glossary() -> None:
    from tqcheck.glossary import Entry, Glossary
    from tqcheck.glossary.limits import MAX_ENTRIES, MAX_TERM_CHARS
    from tqcheck.glossary.match import Matcher

    article = (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")
    text = ((article + "\n\n") * 8)[:30_000]
    common = "the of and to in a is that for it as was with be by on not he this are".split()
    cases = [
        ("16,000 entries, each forbidding one of 20 common words",
         tuple(Entry(f"approved term {i}", f"术语{i}", (common[i % 20],)) for i in range(16_000))),
        ("16,000 entries, all forbidding 'the'",
         tuple(Entry(f"approved term {i}", f"术语{i}", ("the",)) for i in range(16_000))),
    ]
    print("## 2. Glossary matching on 30 kB of news (finding 4), CPU seconds")
    print()
    print("| glossary | build | hits | old reading | new reading | same hits |")
    print("|---|---:|---:|---:|---:|---|")
    for name, entries in cases:
        build, m = cpu(lambda: Matcher(Glossary(entries)))
        t_old, old = cpu(lambda: _old_find(m, text))
        t_new, new = cpu(lambda: m.find(text))
        print(f"| {name} | {build:.2f} | {len(new):,} | {t_old:.2f} | {t_new:.3f} | {old == new} |")
    print()
    rng = random.Random(1)
    words = article.split()
    news = tuple(Entry(" ".join(rng.choice(words) for _ in range(3)), None, (" ".join(rng.choice(words) for _ in range(2)),))
                 for _ in range(MAX_ENTRIES))
    letters = "abcdefghijklmnopqrstuvwxyz"
    per = MAX_TERM_CHARS // MAX_ENTRIES
    noise = tuple(Entry("".join(rng.choice(letters) for _ in range(per))) for _ in range(MAX_ENTRIES))
    print("Building a request's matcher at the service's caps (the cost the caps bound):")
    print()
    print("| glossary | term characters | build |")
    print("|---|---:|---:|")
    for name, entries in ((f"{MAX_ENTRIES:,} entries of news words", news),
                          (f"{MAX_ENTRIES:,} entries of random letters", noise)):
        chars = sum(len(e.target) + sum(map(len, e.forbidden)) for e in entries)
        print(f"| {name} | {chars:,} | {cpu(lambda: Matcher(Glossary(entries)))[0]:.2f} |")
    print()


# -- 3. 1 MB of '(' -----------------------------------------------------------------------

_PROBE = r"""
import time
import tqcheck

def status(key):
    for line in open("/proc/self/status"):
        if line.startswith(key + ":"):
            return int(line.split()[1]) // 1024

tqcheck.check("warm (")
text = "(" * 1_000_000
with open("/proc/self/clear_refs", "w") as f:
    f.write("5")  # reset the peak (VmHWM) to what is resident now
base = status("VmRSS")
t = time.process_time()
r = tqcheck.check(text)
el = time.process_time() - t
print(f"{el:.2f} {base} {status('VmHWM')} {len(r.issues)} {r.to_dict().get('truncated')}")
"""


def brackets(baseline: str | None) -> None:
    print("## 3. 1 MB of '(' through tqcheck.check (finding 10), fresh process")
    print()
    print("| tree | CPU s | RSS before, MB | peak RSS during, MB | issues kept | truncated |")
    print("|---|---:|---:|---:|---:|---|")
    trees = [("this tree", str(ROOT))] + ([("baseline " + baseline, baseline)] if baseline else [])
    for name, path in trees:
        env = dict(os.environ, PYTHONPATH=path)
        out = subprocess.run([sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, check=True,
                             cwd=path).stdout.split(" ", 4)
        print(f"| {name} | {out[0]} | {out[1]} | {out[2]} | {out[3]} | {out[4].strip()} |")
    print()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="skip the unbounded scoring runs")
    ap.add_argument("--baseline", help="an old checkout to measure 1 MB of '(' against")
    args = ap.parse_args()
    scoring(args.quick)
    glossary()
    brackets(args.baseline)


if __name__ == "__main__":
    main()
