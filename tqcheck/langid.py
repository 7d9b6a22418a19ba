"""Language identification: CLD2 on the words that can decide, loaded once.

A detector asked about "Vice Premier Han Zheng met Kallas." reads the
names and answers German, Swedish or Norwegian, sure of it. So names never
decide: ``judgeable`` keeps only the lower-case (or caseless-script) words
of a text, drops numbers, markup and placeholders, and a text with too
little left is not judged at all. English with enough of its function words
is known without a detector (``identify``). What remains goes to CLD2
(``pycld2``: compiled, its model inside the wheel, ~0.01 ms a call, 3 MB),
chosen over langdetect, py3langid, fastText's lid.176.ftz and lingua by
``benchmarks/langid_eval.py`` (figures in ``benchmarks/RESULTS.md``).

A document is judged on at most three windows of text, never sentence by
sentence. ``script_share`` is the cheap screen for callers that must decide
per paragraph or segment whether a detector call is worth it.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass

from .gcsettle import loaded
from .text.chars import CJK

SAMPLE_WINDOW = 400
MIN_LETTERS = 20

_LOCK = threading.Lock()
_READY = False
_LETTER_RE = re.compile(r"[^\W\d_]")
_CJK_RE = re.compile(rf"[{CJK}]")
_LATIN_RE = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_KANA_RE = re.compile(r"[\u3040-\u30ff]")
_HANGUL_RE = re.compile(r"[\uac00-\ud7af]")

NAMES = {
    "en": "English", "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "fr": "French",
    "de": "German", "es": "Spanish", "it": "Italian", "pt": "Portuguese", "ru": "Russian",
    "nl": "Dutch", "ar": "Arabic", "af": "Afrikaans", "fa": "Persian", "vi": "Vietnamese",
}

#: ``Detection.method`` of a detector verdict
DETECTOR = "cld2"


@dataclass(frozen=True)
class Detection:
    lang: str
    confidence: float | None  # None when decided by function words
    method: str = DETECTOR  # or "function-words", or "script" (CJK text CLD2 was unsure of)


def base(code: str) -> str:
    return code.split("-")[0].lower()


def name(code: str) -> str:
    return NAMES.get(base(code), code)


def warm() -> None:
    """Load the detector now rather than on the first request."""
    global _READY
    if _READY:
        return
    with _LOCK:
        if not _READY:
            import pycld2  # noqa: F401

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


#: CLD2 codes to tqcheck's: Scots is what CLD2 calls plain English with a
#: dialect word or two in it ("Her husband Boo seldom came back early.")
_ALIASES = {"sco": "en", "iw": "he", "zh-Hant": "zh"}


def _cld2(text: str) -> tuple[str, float] | None:
    """CLD2's top language and the share of the text it covers (halved when
    CLD2 itself calls the verdict unreliable)."""
    import pycld2

    try:
        reliable, _, details = pycld2.detect(text)
    except pycld2.error:  # characters CLD2 refuses (e.g. some control characters)
        return None
    code, percent = details[0][1], details[0][2]
    if code in ("un", "xxx"):
        return None
    share = percent / 100
    return _ALIASES.get(code, base(code)), share if reliable else share / 2


#: CLD2 verdicts for another language below this share get langdetect's
#: second opinion: where the two agree the verdict stands at the higher of
#: their confidences, and where langdetect hears English it is halved.
SECOND_OPINION_BELOW = 0.9
_LD_LOCK = threading.Lock()
_LD = None


def _langdetect():
    """langdetect's detector factory, loaded once and seeded (it is random
    otherwise); only the uncertain band ever pays for its 0.5 s load."""
    global _LD
    if _LD is None:
        with _LD_LOCK:
            if _LD is None:
                from langdetect import DetectorFactory
                from langdetect.detector_factory import init_factory

                DetectorFactory.seed = 0
                init_factory()
                from langdetect import detector_factory

                _LD = detector_factory._factory
                loaded()
    return _LD


def _second_opinion(masked: str, found: tuple[str, float]) -> tuple[str, float]:
    from langdetect.lang_detect_exception import LangDetectException

    try:
        detector = _langdetect().create()
        detector.append(masked)
        probs = detector.get_probabilities()
    except LangDetectException:
        return found
    if not probs:
        return found
    top = probs[0]
    lang = base(top.lang)
    if lang == found[0]:
        return found[0], max(found[1], round(top.prob, 4))
    if lang == "en":
        return found[0], found[1] / 2
    return found


def detect(text: str, second_opinion: bool = True) -> Detection | None:
    """Most probable language of *text*, or None when too little of it can
    decide (names, numbers and markup do not count: ``judgeable``).
    Without ``second_opinion`` langdetect is never asked: CLD2 decides."""
    s = sample(text)
    judged = _judged(s)
    if judged is None:
        return None
    masked, letters, cjk, latin = judged
    warm()
    found = _cld2(masked)
    if cjk >= MIN_JUDGED_CJK and cjk * 2 >= letters and (found is None or found[1] < 0.9):
        # mostly Han, kana or Hangul: the script decides between the three
        lang = "ko" if _HANGUL_RE.search(masked) else "ja" if _KANA_RE.search(masked) else "zh"
        return Detection(lang, round(cjk / letters, 4), "script")
    if found is None:
        return None
    if second_opinion and found[0] != "en" and found[1] < SECOND_OPINION_BELOW:
        found = _second_opinion(masked, found)
    other = letters - latin
    if found[0] != "en" and other * 2 >= letters and other >= MIN_JUDGED_CJK:
        # mostly another script (Greek, Arabic, Cyrillic...): CLD2 may be
        # unsure which language, not that it is not English
        return Detection(found[0], round(max(found[1], other / letters), 4))
    return Detection(found[0], round(found[1], 4))


#: Frequent English function words that German, Dutch, Afrikaans, French and
#: Spanish do not share (no "in", "an", "was", "so", "is", "of", "die"), so
#: their share separates English from its neighbours: newstest2021 English
#: references 1st percentile 0.12, median 0.25; German, Dutch, Afrikaans,
#: French, Spanish prose 0.00-0.02; a names-heavy English line ("Xi Jinping
#: met Li Qiang and Wang Yi in Zhongnanhai on Thursday, Xinhua said.") 0.21.
EN_FUNCTION_WORDS = frozenset(
    """
    the and to that with for from by this they their he she it its has have been were are
    would could should which who when said not but at on be than there his him them if
    about into after also
    """.split()
)
_WORD_RE = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")


def function_word_share(text: str, lang: str = "en", distinctive: bool = False) -> float | None:
    """Share of words that are common function words of *lang* (None: no
    list); with *distinctive*, only those no other Latin-script language
    uses often (``EN_DISTINCTIVE``: not "for", "by", "at", "to", "he")."""
    if base(lang) != "en":
        return None
    lowered = [w.lower() for w in _WORD_RE.findall(sample(text))]
    if distinctive:
        return sum(1 for w in lowered if w in EN_DISTINCTIVE) / len(lowered) if lowered else 0.0
    return _share(lowered)


def _share(lowered: list[str]) -> float:
    return sum(map(EN_FUNCTION_WORDS.__contains__, lowered)) / len(lowered) if lowered else 0.0


#: At or above this share (over enough words) the text is English and
#: no detector is asked.
EN_CERTAIN_SHARE = 0.15
MIN_WORDS_FOR_SHARE = 30
#: A shorter text (a segment: most are 8-30 words) passes the same share
#: only with one of these words in it. Each is frequent in English and in
#: no Latin-script language langdetect knows ("he" and "has" are Spanish,
#: "on" French, "to" and "by" Polish, "for" and "by" Danish), so a short
#: non-English line cannot reach the share by accident. On 6,000
#: newstest2021 segments this sends 15% to langdetect instead of 56%, and
#: where the two disagree langdetect was wrong ("At present, some foreign
#: friends still have some misunderstandings about China." read as
#: Norwegian, 0.51).
EN_DISTINCTIVE = frozenset(
    "the and that with from this they their have been were would could should which said there when who".split()
)
MIN_WORDS_SHORT = 8


#: every byte but an ASCII letter or an apostrophe, as a space: what ``_WORD_RE`` can never match
_NOT_WORD_BYTES = bytes(c if chr(c).isascii() and (chr(c).isalpha() or c == 39) else 32 for c in range(256))
_WORD_BYTES_RE = re.compile(_WORD_RE.pattern.encode("ascii"))
_EN_FUNCTION_BYTES = frozenset(w.encode("ascii") for w in EN_FUNCTION_WORDS)
_EN_DISTINCTIVE_BYTES = frozenset(w.encode("ascii") for w in EN_DISTINCTIVE)


def _ascii_words(text: str) -> list[bytes]:
    """``_WORD_RE.findall(text)``, encoded: the same words, found in C.

    A match holds nothing but ASCII letters and apostrophes, so every other
    code point (non-ASCII ones included) becomes a space, and the runs left
    are the words, except a run with an apostrophe in it: the pattern itself
    decides there what belongs to a word ("rock'n'roll": "rock'n", "roll";
    "O'Neil": "O", "Neil"). On a 1,200-character sample this takes a few
    microseconds; the pattern tried at every character took 24."""
    runs = text.encode("ascii", "replace").translate(_NOT_WORD_BYTES)
    at = runs.find(b"'")
    if at < 0:
        return runs.split()
    out: list[bytes] = []
    start = 0
    while at >= 0:
        # the run around the apostrophe: from the space before it (or ``start``, a space or 0) to the next
        begin = runs.rfind(b" ", start, at) + 1
        end = runs.find(b" ", at)
        if end < 0:
            end = len(runs)
        out += runs[start:begin].split()
        out += _WORD_BYTES_RE.findall(runs, begin, end)
        start = end
        at = runs.find(b"'", end)
    out += runs[start:].split()
    return out


def _english_by_function_words(sample_text: str) -> bool:
    words = _ascii_words(sample_text)
    if len(words) < MIN_WORDS_SHORT or script_share(sample_text) >= 0.05:
        return False
    lowered = b" ".join(words).lower().split()  # in C: words hold no space
    if sum(map(_EN_FUNCTION_BYTES.__contains__, lowered)) / len(lowered) < EN_CERTAIN_SHARE:
        return False
    return len(words) >= MIN_WORDS_FOR_SHARE or not _EN_DISTINCTIVE_BYTES.isdisjoint(lowered)


def identify(text: str, expected: str, second_opinion: bool = True) -> Detection | None:
    """The language of *text*: a free function-word test first, the
    detector only when that test is not conclusive.

    ``second_opinion=False`` (a translation checked with its source, as
    batch and API segments are) keeps langdetect off the path altogether:
    its 0.5 s load and 60 MB are paid by no worker, and the translation
    checks against the source are there to catch what CLD2 alone leaves
    unsure. On ``benchmarks/langid_eval.py``'s 2,116 texts langdetect is
    asked about 3, and changes the verdict on 1."""
    if base(expected) == "en" and _english_by_function_words(sample(text)):
        return Detection("en", None, "function-words")
    return detect(text, second_opinion)


def script_share(text: str) -> float:
    """Share of letters that are CJK: a free first test before ``detect``."""
    if _CJK_RE.search(text) is None:
        return 0.0  # most text: no letter count needed (a list of every letter)
    letters = len(_LETTER_RE.findall(text))
    return len(_CJK_RE.findall(text)) / letters if letters else 0.0


#: What must not decide a text's language: a chunk (between spaces) with a
#: digit or markup/placeholder characters, and any word with a capital letter
#: (names, titles, acronyms, and the first word of a sentence, which
#: carries little). "Vice Premier Han Zheng met Kallas." keeps only "met".
_SKIP_CHUNK_RE = re.compile(r"[\d%$&{}<>@/\\=_#|~^*+\[\]]")
#: chunks: runs of CJK, and runs of anything else between spaces, so that a
#: number inside a Chinese sentence drops only itself
_CHUNK_RE = re.compile(rf"[{CJK}]+|[^\s{CJK}]+")
#: a word: letters with their combining marks (Indic vowel signs are not
#: ``\w``), apostrophes inside
_MASK_WORD_RE = re.compile(
    r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0900-\u0dff"
    r"\u0e31-\u0e4e\u200c\u200d]|['’](?=[^\W\d_]))*"
)
#: After masking, at least this many CJK characters, or this many letters
#: (a CJK character counts two) in this many words, or the text is not judged.
MIN_JUDGED_LETTERS = 20
MIN_JUDGED_WORDS = 4
MIN_JUDGED_CJK = 6
MIN_JUDGED_OTHER_SCRIPT = 10


def mask(text: str) -> str:
    """*text* without names, numbers, markup and placeholders: the lower-case
    (or caseless-script) words a detector may judge, joined by spaces."""
    kept = []
    for chunk in _CHUNK_RE.findall(text):
        if chunk.isalpha():
            # letters only (most chunks): no digit or markup, and the whole chunk is one word
            if chunk == chunk.lower():
                kept.append(chunk)
            continue
        if _SKIP_CHUNK_RE.search(chunk):
            continue
        for w in _MASK_WORD_RE.findall(chunk):
            if w == w.lower():  # no capital (caseless scripts pass too)
                kept.append(w)
    return " ".join(kept)


def judgeable(text: str) -> str | None:
    """The masked text if enough of it is left to judge, else None."""
    judged = _judged(text)
    return None if judged is None else judged[0]


#: the ASCII letters, which are all ``_LETTER_RE`` and ``_LATIN_RE`` match in an ASCII text
_ASCII_LETTERS = bytes(c for c in range(128) if chr(c).isalpha())


def _letter_counts(masked: str) -> tuple[int, int, int]:
    """(letters, CJK characters, Latin letters) of ``masked``, as ``_LETTER_RE``,
    ``_CJK_RE`` and ``_LATIN_RE`` count them: an ASCII text (nearly every
    English one) is counted in C, where each pattern tried every character."""
    if masked.isascii():
        letters = len(masked) - len(masked.encode("ascii").translate(None, _ASCII_LETTERS))
        return letters, 0, letters
    return len(_LETTER_RE.findall(masked)), len(_CJK_RE.findall(masked)), len(_LATIN_RE.findall(masked))


def _judged(text: str) -> tuple[str, int, int, int] | None:
    """``judgeable``, with the masked text's ``_letter_counts`` for ``detect``."""
    masked = mask(text)
    letters_only, cjk, latin = _letter_counts(masked)
    judged = masked, letters_only, cjk, latin
    if cjk >= MIN_JUDGED_CJK:
        return judged  # six Han characters say more than twenty Latin letters
    letters = letters_only + cjk
    other = letters - latin
    if other >= MIN_JUDGED_OTHER_SCRIPT and other * 2 >= letters:
        return judged  # mostly Greek, Arabic, Cyrillic...: not English, however short
    if letters < MIN_JUDGED_LETTERS:
        return None
    if masked.count(" ") + 1 < MIN_JUDGED_WORDS:
        return None
    return judged


#: a judged word of this many letters or more is looked up in the English
#: frequency list (pyspellchecker's, count >= the spelling check's floor)
_LOOKUP_LETTERS = 4


def english_word_share(text: str) -> float | None:
    """Share of the judged words (``mask``) of four letters or more that are
    English words; None when there are fewer than two such words.

    Garbled MT English ("Girl street \"target\" fundraising warned") can
    read as Indonesian to CLD2: 4 of 4 English words says otherwise. Other
    languages' news prose scores 0-0.25 ("gesprekke volgende week
    voortgaan": 1 of 4). Loads the frequency list (~0.2 s) on first use, so
    callers ask only once a detector has said "not English"."""
    from .lexicon.dictionary import ACCEPT_COUNT, frequencies

    words = [w for w in mask(sample(text)).split() if len(w) >= _LOOKUP_LETTERS and not _CJK_RE.search(w)]
    if len(words) < 2:
        return None
    freq = frequencies()
    return sum(freq.get(w.replace("’", "'"), 0) >= ACCEPT_COUNT for w in words) / len(words)
