"""Seeded corruptions of good translations, for measuring recall.

    python benchmarks/corrupt_translation.py PARALLEL.jsonl [--seed 1] > corrupted.jsonl

Reads WMT-layout JSON lines (``source``, ``refs{}``) and writes one line per
corruption: ``{id, type, note, source, clean, target}``. Each type is
applied to every segment where it makes sense:

* ``number``: one digit of a number that translates a source number is
  changed to another non-zero digit (3.5 -> 3.8, 2020 -> 2026);
* ``date``: the day of a date that translates a source date is shifted
  (July 21 -> July 25);
* ``url-acronym``: a URL, e-mail address, handle or Latin-script token of
  the source (WTO, iPhone) is deleted from the translation;
* ``chinese``: one English word is replaced by a run of Chinese characters
  taken from the source;
* ``blank``: the target is emptied;
* ``half``: the target is cut at the word boundary nearest its middle.

The same seed gives the same corruptions. Which target numbers and dates
translate a source value is decided with tqcheck's own readers (the ground
truth of the corruption is the change, not the reading).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from typing import Iterator, Sequence

from tqcheck import anchors
from tqcheck.dates import mentions
from tqcheck.dates.compare import agree
from tqcheck.numbers import quantities
from tqcheck.text import Document

TYPES = ("number", "date", "url-acronym", "chinese", "blank", "half")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
_WORD = re.compile(r"[A-Za-z]{3,}")


def _number(rng: random.Random, src: Document, tgt: Document) -> tuple[str, str] | None:
    values = {q.value for q in quantities(src) if q.firm}
    cands = [q for q in quantities(tgt) if q.firm and q.value in values]
    rng.shuffle(cands)
    for q in cands:
        digits = [i for i in range(q.start, q.end) if tgt.text[i].isdigit()]
        if not digits:
            continue
        pos = rng.choice(digits)
        new = rng.choice([d for d in "123456789" if d != tgt.text[pos]])
        text = tgt.text[:pos] + new + tgt.text[pos + 1:]
        return text, f"{tgt.text[q.start:q.end]} -> {text[q.start:q.end]}"
    return None


def _date(rng: random.Random, src: Document, tgt: Document) -> tuple[str, str] | None:
    s_dates = [m for m in mentions(src) if m.kind == "date" and m.day]
    cands = [m for m in mentions(tgt) if m.kind == "date" and m.day and any(agree(s, m) for s in s_dates)
             and tgt.text[m.claimed[0][0]:m.claimed[0][1]].isdigit()]
    if not cands:
        return None
    m = rng.choice(cands)
    a, b = m.claimed[0]
    day = int(tgt.text[a:b])
    new = rng.choice([d for d in range(1, 29) if d != day])
    text = tgt.text[:a] + str(new) + tgt.text[b:]
    return text, f"day {day} -> {new}"


def _url_acronym(rng: random.Random, src: Document, tgt: Document) -> tuple[str, str] | None:
    cands = [a for a in anchors.find(src) if (a.kind != "latin" or anchors.is_checkable_latin(a.text))
             and a.text.lower() in tgt.text.lower()]
    if not cands:
        return None
    a = rng.choice(cands)
    text = re.sub(re.escape(a.text), "", tgt.text, flags=re.IGNORECASE)
    text = re.sub(r"\(\s*\)|（\s*）", "", text)
    text = re.sub(r"  +", " ", text).strip()
    return text, f"dropped {a.text}"


def _chinese(rng: random.Random, src: Document, tgt: Document) -> tuple[str, str] | None:
    runs = [m.group(0) for m in _HAN_RUN.finditer(src.text)]
    words = list(_WORD.finditer(tgt.text))
    if not runs or not words:
        return None
    run = rng.choice(runs)
    length = rng.randint(2, min(6, len(run)))
    start = rng.randint(0, len(run) - length)
    phrase = run[start:start + length]
    w = rng.choice(words)
    return tgt.text[:w.start()] + phrase + tgt.text[w.end():], f"{w.group(0)} -> {phrase}"


def _blank(rng: random.Random, src: Document, tgt: Document) -> tuple[str, str] | None:
    return "", "blank"


def _half(rng: random.Random, src: Document, tgt: Document) -> tuple[str, str] | None:
    text = tgt.text
    spaces = [m.start() for m in re.finditer(r"\s+", text.strip())]
    if len(spaces) < 3:
        return None
    cut = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return text[:cut].rstrip(), f"cut at {cut} of {len(text)}"


_MAKERS = {"number": _number, "date": _date, "url-acronym": _url_acronym, "chinese": _chinese,
           "blank": _blank, "half": _half}


def corrupt(rows: Sequence[tuple[str, str]], seed: int = 1) -> Iterator[dict]:
    for k, kind in enumerate(TYPES):
        rng = random.Random(seed * 1000 + k)
        for n, (source, target) in enumerate(rows, 1):
            made = _MAKERS[kind](rng, Document(source, "zh"), Document(target, "en"))
            if made is None:
                continue
            text, note = made
            if text == target:
                continue
            yield {"id": f"{n}", "type": kind, "note": note, "source": source, "clean": target, "target": text}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rows = []
    with open(args.corpus, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            rows.append((rec["source"], next(iter(rec["refs"].values()))))
    for case in corrupt(rows, args.seed):
        sys.stdout.write(json.dumps(case, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
