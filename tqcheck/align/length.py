"""How long a translation should be, given its source.

The model is the log of the length ratio, ln(target / source), taken as
normal with a mean and standard deviation per language pair. Lengths are
characters that are not whitespace; in a Chinese source an ASCII
character (a letter of a Latin name, a digit, a URL) counts 0.3, since it
comes through translation at its own length rather than growing threefold.

Calibration (zh -> en): the 1,948 human references of WMT newstest2021
against their sources; ``benchmarks/calibrate_length.py CORPUS`` prints
the figures. Measured there: mean 1.2531 (3.5 English characters per
Chinese character), sd 0.1961 (0.2157 if ASCII counted in full, so the
weighting is worth it); the sd hardly depends on the segment length (0.26
under 15 source characters, 0.18-0.22 above), so one sd serves all lengths
above ``MIN_SOURCE_CHARS``. The thresholds and their measured false-alarm
rates are in docs/translation-checks.md.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..text.chars import CJK

_SPACE = re.compile(r"\s+")
#: below this many source characters a ratio says little (headings, names)
MIN_SOURCE_CHARS = 6


@dataclass(frozen=True)
class LengthModel:
    mean: float
    sd: float
    low_z: float = -3.0
    high_z: float = 3.5
    #: weight of ASCII characters in the source: Latin names, numbers and
    #: URLs in a Chinese source keep their length in English
    source_ascii_weight: float = 1.0
    #: weight of CJK characters in the target: source text left untranslated
    #: would have grown this much in translation
    target_cjk_weight: float = 1.0
    #: short sources vary more: sd grows as sqrt(1 + short / source length)
    short: float = 0.0

    def source_length(self, text: str, start: int = 0, end: int | None = None) -> float:
        return chars(text, start, end, self.source_ascii_weight)

    def target_length(self, text: str, start: int = 0, end: int | None = None) -> float:
        return chars(text, start, end, cjk_weight=self.target_cjk_weight)

    def z(self, source_chars: float, target_chars: float) -> float:
        """Standard score of the observed ratio (+-inf when one side is empty)."""
        if source_chars <= 0 or target_chars <= 0:
            return math.inf if target_chars > 0 else -math.inf
        sd = self.sd * math.sqrt(1 + self.short / source_chars)
        return (math.log(target_chars / source_chars) - self.mean) / sd

    def expected(self, source_chars: float) -> int:
        return round(source_chars * math.exp(self.mean))


ZH_EN = LengthModel(mean=1.2531, sd=0.1961, source_ascii_weight=0.3, target_cjk_weight=3.0, short=8.0)
MODELS = {("zh", "en"): ZH_EN}


def model_for(source_lang: str, target_lang: str) -> LengthModel | None:
    return MODELS.get((source_lang.split("-")[0].lower(), target_lang.split("-")[0].lower()))


_ASCII = re.compile(r"[!-~]+")
_CJK = re.compile(f"[{CJK}]+")


def chars(text: str, start: int = 0, end: int | None = None, ascii_weight: float = 1.0, cjk_weight: float = 1.0) -> float:
    """Characters that are not whitespace in ``text[start:end]``, ASCII
    ones counted ``ascii_weight`` each and CJK ones ``cjk_weight`` each."""
    s = text[start:end] if (start or end is not None) else text
    n: float = len(s) - sum(map(len, _SPACE.findall(s)))
    if ascii_weight != 1.0:
        ascii_count = sum(map(len, _ASCII.findall(s)))
        n += (ascii_weight - 1) * ascii_count
    if cjk_weight != 1.0:
        cjk_count = sum(map(len, _CJK.findall(s)))
        n += (cjk_weight - 1) * cjk_count
    return n
