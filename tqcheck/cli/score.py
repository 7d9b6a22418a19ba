"""``tqcheck score HYP... --reference REF...``: BLEU, chrF, chrF++ and TER
against reference translations, per sentence pair, with significance."""

from __future__ import annotations

import argparse
import json
import sys

from ..errors import InputError
from ..scoring.options import DEFAULT_RESAMPLES, MAX_SEGMENT_WORDS, METRICS, MODES, TESTS, TOKENIZERS
from . import EXIT_OK
from .inputs import read


def add_parser(sub) -> None:
    p = sub.add_parser(
        "score", help="score translations against references (BLEU, chrF, chrF++, TER)",
        description="Score one or more translations against the same reference translations with "
        "sacrebleu, per corpus and per aligned sentence pair. Files with one segment per line and the "
        "same number of lines are paired line by line; documents are cut into sentences and aligned. "
        "With two or more translations, each is tested against the first with paired bootstrap "
        "resampling and approximate randomisation.",
    )
    p.add_argument("hypotheses", nargs="+", metavar="HYP", help="translation files to score (- for standard input)")
    p.add_argument("-r", "--reference", action="append", required=True, metavar="REF",
                   help="a reference translation; repeat for several references")
    p.add_argument("--lang", default="en", metavar="CODE", help="target language (default en); "
                   "picks BLEU's tokenizer: zh for Chinese, 13a otherwise")
    p.add_argument("--tokenize", type=_tokenizer, metavar="{" + ",".join(TOKENIZERS) + "}",
                   help="BLEU tokenizer instead of the language's default (those installed here; ja-mecab and "
                   "ko-mecab need sacrebleu[ja] / sacrebleu[ko])")
    p.add_argument("--segmentation", choices=MODES, default="auto",
                   help="lines: pair line by line; sentences: split into sentences and align; "
                   "auto (default): lines when every file has the same number of lines (two or more) "
                   "and no blank line")
    p.add_argument("--metrics", default=",".join(METRICS), metavar="LIST",
                   help=f"comma-separated corpus metrics (default {','.join(METRICS)})")
    p.add_argument("--confidence", type=int, default=DEFAULT_RESAMPLES, metavar="N",
                   help=f"bootstrap resamples for 95%% confidence intervals; 0 for none (default {DEFAULT_RESAMPLES})")
    p.add_argument("--paired", default=",".join(TESTS), metavar="LIST",
                   help="paired tests when scoring two or more translations: bs (bootstrap), ar "
                   "(approximate randomisation), both (default) or none")
    p.add_argument("--max-segment-words", type=int, default=MAX_SEGMENT_WORDS, metavar="N",
                   help=f"refuse segments longer than N words, 0 for no limit (default {MAX_SEGMENT_WORDS}; "
                   "TER's cost grows with the square of a segment's length)")
    p.add_argument("--worst", type=int, default=5, metavar="N", help="sentence pairs to show, worst first (text output; default 5)")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format (default text)")
    p.set_defaults(run=run, intermixed=True)  # translations may come before, after or between the options


def _tokenizer(value: str) -> str:
    if value not in TOKENIZERS:
        from ..scoring.metrics import tokenizer_error

        raise argparse.ArgumentTypeError(tokenizer_error(value))
    return value


def _read(path: str) -> tuple[str, str]:
    name, text = read(path)
    if not text.strip():
        raise InputError("is empty", where=name)
    return name, text


def run(args: argparse.Namespace) -> int:
    if sum(1 for h in args.hypotheses if h == "-") + sum(1 for r in args.reference if r == "-") > 1:
        raise InputError("standard input (-) can be read only once")
    hyps = {}
    for path in args.hypotheses:
        name, text = _read(path)
        if name in hyps:
            raise InputError("the same translation is named twice", where=path)
        hyps[name] = text
    ref_names, refs = [], []
    for path in args.reference:
        name, text = _read(path)
        ref_names.append(name)
        refs.append(text)
    paired = "" if args.paired == "none" else ("bs,ar" if args.paired == "both" else args.paired)
    if args.confidence < 0 or args.confidence == 1:
        raise InputError("--confidence must be 0 (off) or at least 2 resamples")
    if args.max_segment_words < 0:
        raise InputError("--max-segment-words must be 0 (no limit) or more")
    if args.worst < 0:
        raise InputError("--worst must be 0 or more")
    from ..scoring import compare  # loads sacrebleu: only for this command

    result = compare(hyps, dict(zip(ref_names, refs)), lang=args.lang, tokenize=args.tokenize,
                     segmentation=args.segmentation, metric_keys=args.metrics, confidence=args.confidence,
                     tests=paired, max_segment_words=args.max_segment_words)
    payload = result.to_document(ref_names)
    if args.format == "json":
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        from ..render import scores as scores_render

        sys.stdout.write(scores_render.render_comparison(payload, args.worst))
    return EXIT_OK
