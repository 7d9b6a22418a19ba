"""How often language identification needs its detector (CLD2), on real segments.

Usage: python benchmarks/langid_shortcut.py CORPUS.jsonl [--sample N] [--seed S]

CORPUS is a WMT zh-en JSONL file; a seeded sample of its English
references and system outputs is identified as ``tqcheck.langid.identify``
does for a check. Prints the share settled by the function-word test, the
share that the test settled before segments of 8-29 words could pass it
(30 words or more only), and every text the test calls English where
the detector, asked anyway, says otherwise.
"""

from __future__ import annotations

import argparse
import json
import random

from tqcheck import langid


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--sample", type=int, default=6000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    texts = []
    with open(args.corpus, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            texts += [*row["refs"].values(), *row["hyps"].values()]
    random.Random(args.seed).shuffle(texts)
    texts = texts[:args.sample]
    shortcut = long_only = 0
    disagree = []
    for text in texts:
        det = langid.identify(text, "en")
        if det is None or det.method != "function-words":
            continue
        shortcut += 1
        long_only += len(langid._WORD_RE.findall(langid.sample(text))) >= langid.MIN_WORDS_FOR_SHARE
        other = langid.detect(text)
        if other is not None and other.lang != "en":
            disagree.append((other.lang, other.confidence, text))
    n = len(texts)
    print(f"{n:,} texts (seed {args.seed}): function words settle {shortcut:,} ({shortcut / n:.1%}), "
          f"the detector judges {n - shortcut:,} ({(n - shortcut) / n:.1%})")
    print(f"with the 30-word floor alone, function words would settle {long_only:,} ({long_only / n:.1%})")
    print(f"settled as English where the detector says otherwise: {len(disagree)}")
    for lang, conf, text in disagree:
        print(f"  {lang} {conf}: {text[:100]}")


if __name__ == "__main__":
    main()
