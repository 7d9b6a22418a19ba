"""Why seeded antonym corruptions are missed: each dev antonym corruption of
``corrupt_meaning.py`` classified by what the lexical alignment and the
opposite tables (WordNet, CC-CEDICT) make of it.

    python benchmarks/antonym_misses.py CORPORA/zhen_parallel/newstest2021.zh-en.jsonl \\
        [--part dev|heldout] [--show CLASS] [--json OUT]

For each corruption (a target word ``old`` swapped for ``new``), in order:

* ``caught``: accuracy.polarity.reversed flags a span the clean reference does not get;
* ``old unlinked``: the alignment links ``old`` to no source word in the clean
  reference (split by whether a source word of its sentence glosses ``old``
  at all: ``glossed`` / ``unglossed``; function words and ordinals are mostly
  the second);
* ``new linked``: ``old`` is linked to source word S, and in the corrupted
  target ``new`` is linked too (by what: ``how`` of the source word it links to);
* ``S still rendered``: ``new`` is unlinked, but S keeps a rendering in the
  corrupted target (another word renders it, or it is rendered in part);
* ``not opposed``: S is unrendered and ``new`` unlinked, and the tables give
  ``new`` as no opposite of S's glosses the rule reads; split by whether
  WordNet knows the opposition in a wider sense: an antonym of any gloss of S,
  through similar-to satellites (``&``), derivation (``+``), or the lemma of
  a comparative/superlative;
* ``guarded``: the rule's own guards cleared it (neighbourhood, backed, …).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corrupt_meaning import corrupt  # noqa: E402
from eval_meaning import sample_rows  # noqa: E402

from tqcheck import Checker  # noqa: E402
from tqcheck.bilingual import alignment  # noqa: E402
from tqcheck.bilingual.lexicon import load  # noqa: E402
from tqcheck.lexicon import wordnet  # noqa: E402
from tqcheck.lexicon.antonyms import antonyms  # noqa: E402
from tqcheck.rules.accuracy import polarity  # noqa: E402
from tqcheck.text import Document  # noqa: E402
from tqcheck.unit import Unit  # noqa: E402


def _diff(a: str, b: str) -> tuple[int, int, int]:
    """Start of the changed word, its end in ``a`` and in ``b``."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    while i and a[i - 1].isalpha():
        i -= 1
    k = 0
    while k < min(len(a), len(b)) - i and a[-1 - k] == b[-1 - k]:
        k += 1
    ea, eb = len(a) - k, len(b) - k
    while ea < len(a) and a[ea].isalpha():
        ea += 1
    while eb < len(b) and b[eb].isalpha():
        eb += 1
    return i, ea, eb


def _word_at(al, start: int):
    for j, t in enumerate(al.target):
        if t.start <= start < t.end:
            return j
    return None


def _wide_antonyms() -> dict[str, set[str]]:
    """Antonyms read widely: WordNet's direct ones, those of a similar-to
    head (satellites), and derivational relatives of either side."""
    d = wordnet.data_dir()
    assert d is not None
    direct = {k: set(v) for k, v in antonyms().items()}
    similar = wordnet.related(d, "&")
    deriv = wordnet.related(d, ("+", "\\"))
    out: dict[str, set[str]] = defaultdict(set)
    for a, bs in direct.items():
        heads = {a} | set(similar.get(a, ()))
        for h in heads:
            for b in bs:
                for x in {b} | set(similar.get(b, ())):
                    out[h].add(x)
                    out[x].add(h)
    for a, bs in list(out.items()):
        for r in deriv.get(a, ()):
            for b in bs:
                out[r].add(b)
                out[b].add(r)
                for rb in deriv.get(b, ()):
                    out[r].add(rb)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--part", choices=("dev", "heldout"), default="dev")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--split-seed", type=int, default=14)
    ap.add_argument("--show", help="print the corruptions of classes starting with this")
    ap.add_argument("--json")
    args = ap.parse_args()
    rows, ids, all_rows = sample_rows(args.corpus, args.part, 0, args.seed, args.split_seed)
    cases = list(corrupt(rows, args.seed, ids=ids, types=["antonym"], all_rows=all_rows))
    lex = load()
    wide = _wide_antonyms()
    opposed = polarity.contrasts()
    ck = Checker({"max_issues": 0, "disable": ["*"], "enable": ["accuracy.polarity"]})
    classes: Counter = Counter()
    pairs: dict[str, Counter] = defaultdict(Counter)
    shown: Counter = Counter()
    for c in cases:
        src, clean, tgt = c["source"], c["clean"], c["target"]
        st, ea, eb = _diff(clean, tgt)
        ia = {(clean[i.start:i.end]) for i in ck.check(clean, source=src, segment=c["id"]).issues}
        ib = [tgt[i.start:i.end] for i in ck.check(tgt, source=src, segment=c["id"]).issues]
        caught = any(x not in ia for x in ib)
        al0 = alignment(Unit(Document(clean, "en"), Document(src, "zh"), segment="x"))
        al1 = alignment(Unit(Document(tgt, "en"), Document(src, "zh"), segment="x"))
        if al0 is None or al1 is None:
            classes["no alignment"] += 1
            continue
        j0, j1 = _word_at(al0, st), _word_at(al1, st)
        old, new = al0.target[j0], al1.target[j1]
        detail = ""
        if caught:
            cls = "caught"
        elif not old.links:
            p = old.pair
            glossers = [al0.source[i].text for i in al0.pair_source_words(p)
                        if set(old.lemmas) & set(lex.gloss(al0.source[i].text))]
            cls = "old unlinked/" + ("glossed" if glossers else "unglossed")
            detail = ",".join(glossers)
        else:
            i = old.links[0]
            s0, s1 = al0.source[i], al1.source[i]
            detail = f"{s0.text}[{s0.how}] {' '.join(lex.gloss(s0.text)[:4])}"
            if new.links:
                cls = "new linked/" + (al1.source[new.links[0]].how or "?")
                detail += f" -> {al1.source[new.links[0]].text}"
            elif s1.links:
                cls = "S still rendered/" + s1.how
                detail += " by " + " ".join(al1.target[j].text for j in s1.links)
            else:
                gl = lex.gloss(s0.text)
                got = polarity._senses_of(lex, antonyms(), polarity.cedict_contrasts(), s0.text,
                                          s0.kind == "soft", bool(s0.how))
                opp = got[0] if got else frozenset()
                if not opp & set(new.lemmas):
                    anyg = any(set(opposed.get(g, ())) & set(new.lemmas) for g in gl)
                    wid = any(wide.get(g, set()) & set(new.lemmas) for g in gl)
                    cls = "not opposed/" + ("any gloss" if anyg else "wide" if wid else "unknown")
                else:
                    cls = "guarded"
        classes[cls] += 1
        pairs[cls][c["note"].lower()] += 1
        if args.show and cls.startswith(args.show) and shown[cls] < 40:
            shown[cls] += 1
            print(f"--- {cls} {c['id']}: {c['note']}  ({detail})\n  SRC {src}\n  TGT {tgt}")
    print(f"{len(cases)} antonym corruptions ({args.part})")
    for k, v in sorted(classes.items()):
        top = ", ".join(f"{n} {m}" for n, m in pairs[k].most_common(6))
        print(f"{v:5d}  {k:30s} {top}")
    if args.json:
        Path(args.json).write_text(json.dumps(dict(classes), indent=1))


if __name__ == "__main__":
    main()
