"""Names and defaults of scoring's options, importable without loading
sacrebleu or numpy (the CLI and renderers need them on every start)."""

#: corpus metrics, as report keys, in display order
METRICS = ("bleu", "chrf", "chrf++", "ter")

#: BLEU tokenizers that work offline; sacrebleu's ``spm``/``flores`` ones
#: fetch a model over the network the first time they run, which tqcheck never does
TOKENIZERS = ("13a", "intl", "zh", "char", "none", "ja-mecab", "ko-mecab")

#: how inputs become segments (see segments.py)
MODES = ("auto", "lines", "sentences")

#: paired tests: bootstrap resampling, approximate randomisation
TESTS = ("bs", "ar")

#: bootstrap resamples for confidence intervals (sacrebleu's default)
DEFAULT_RESAMPLES = 1000

#: longest segment scored, in words: TER's cost grows with the square of a
#: segment's length (measured: 250 words 4 s, 500 words 17 s, 1,000 words
#: 43 s of CPU), so a whole text on one line would never finish
MAX_SEGMENT_WORDS = 500
