"""Language identification: langdetect, seeded, loaded once, on a bounded sample.

langdetect is random unless seeded and takes about half a second to load
its profiles, then about 2 ms per call. So: the seed is fixed, profiles load
once per process (``warm()`` lets a server do it at start-up), and a
document is judged on at most three windows of text, never sentence by
sentence. ``script_share`` is the cheap screen for callers that must decide
per paragraph or segment whether a detector call is worth it.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass

from .text.chars import CJK

SAMPLE_WINDOW = 400
MIN_LETTERS = 20

_LOCK = threading.Lock()
_READY = False
_LETTER_RE = re.compile(r"[^\W\d_]")
_CJK_RE = re.compile(rf"[{CJK}]")

NAMES = {
    "en": "English", "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "fr": "French",
    "de": "German", "es": "Spanish", "it": "Italian", "pt": "Portuguese", "ru": "Russian",
    "nl": "Dutch", "ar": "Arabic", "af": "Afrikaans", "fa": "Persian", "vi": "Vietnamese",
}


@dataclass(frozen=True)
class Detection:
    lang: str
    confidence: float


def base(code: str) -> str:
    return code.split("-")[0].lower()


def name(code: str) -> str:
    return NAMES.get(base(code), code)


def warm() -> None:
    """Load langdetect's profiles now rather than on the first request."""
    global _READY
    if _READY:
        return
    with _LOCK:
        if not _READY:
            from langdetect import DetectorFactory
            from langdetect.detector_factory import init_factory

            DetectorFactory.seed = 0
            init_factory()
            _READY = True


def sample(text: str, window: int = SAMPLE_WINDOW) -> str:
    """Up to three windows (start, middle, end), cut at spaces."""
    if len(text) <= 3 * window:
        return text
    parts = []
    for start in (0, len(text) // 2 - window // 2, len(text) - window):
        chunk = text[start:start + window]
        if start:
            cut = chunk.find(" ")
            chunk = chunk[cut + 1:] if 0 <= cut < 40 else chunk
        parts.append(chunk)
    return "\n".join(parts)


def detect(text: str) -> Detection | None:
    """Most probable language of *text*, or None when there is too little to judge."""
    s = sample(text)
    if len(_LETTER_RE.findall(s)) < MIN_LETTERS:
        return None
    warm()
    from langdetect.detector_factory import _factory
    from langdetect.lang_detect_exception import LangDetectException

    detector = _factory.create()
    detector.append(s)
    try:
        probs = detector.get_probabilities()
    except LangDetectException:
        return None
    if not probs:
        return None
    top = probs[0]
    return Detection(base(top.lang), round(float(top.prob), 4))


#: The most frequent English function words: text in which they make up a
#: sixth of the words is English whatever a detector says about a sentence
#: crowded with names ("Xi met Li Qiang in Zhongnanhai" reads as Tagalog).
EN_FUNCTION_WORDS = frozenset(
    """
    a an the and or but nor so yet of in on at to for from by with about into over after
    before between under against during without within through up down out off than
    is are was were be been being am has have had having do does did will would shall
    should can could may might must not no it its this that these those there here
    he she they we i you his her their our your my him them us me who whom whose which
    what when where why how as if because while all any some many most more such only
    also said says
    """.split()
)
_WORD_RE = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")


def function_word_share(text: str, lang: str = "en") -> float | None:
    """Share of words that are common function words of *lang* (None: no list)."""
    if base(lang) != "en":
        return None
    words = _WORD_RE.findall(sample(text))
    if not words:
        return 0.0
    return sum(1 for w in words if w.lower() in EN_FUNCTION_WORDS) / len(words)


def script_share(text: str) -> float:
    """Share of letters that are CJK: a free first test before ``detect``."""
    letters = len(_LETTER_RE.findall(text))
    return len(_CJK_RE.findall(text)) / letters if letters else 0.0
