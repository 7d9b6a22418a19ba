"""A segment or paragraph translated into the wrong language.

The whole-text check (``language.mismatch``, which also judges each
segment of a segment list) misses one French paragraph in an English
article. Per paragraph, a cheap screen runs first: text with enough
English function words is English, and text that is mostly Chinese is
left to ``translation.untranslated``; only what remains (about one
paragraph in a hundred in English news) goes to the detector
(``langid.detect``: CLD2 with names, numbers and markup left out).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ... import langid
from ...rule import Finding, Option, bad, custom, good
from ._shared import EN, REQUIRES, target_blank

MIN_LETTERS = 40
#: bylines, captions and datelines ("Wang Liwen, village cadre, helped Fu
#: Kunbao make plans.") are all names to a detector: judge only real prose
MIN_WORDS = 12
MIN_CONFIDENCE = 0.95
#: English prose has 0.12 or more (``langid.function_word_share``), other
#: languages 0.00-0.02
MIN_FUNCTION_SHARE = 0.08


@lru_cache(maxsize=8)
def _at_least(count: int, words: bool) -> re.Pattern[str]:
    """Matches at the start of a text with ``count`` or more letters (or
    words: maximal runs of letters). Counting stops there, where
    ``len(findall())`` built a list of every letter of every paragraph."""
    count = max(count, 0)
    letter = r"[^\W\d_]++" if words else r"[^\W\d_]"
    return re.compile(rf"(?:[\W\d_]*+{letter}){{{count}}}")


def _check(unit, options):
    if target_blank(unit):
        return
    doc = unit.target
    expected = langid.base(doc.lang)
    if len(doc.paragraphs) < 2:
        return  # one paragraph (most segments): language.mismatch judges the whole text
    whole = doc.language
    if whole is not None and whole.lang != expected and (langid.function_word_share(doc.text, expected) or 0) < 0.15:
        return  # the whole text is in another language: language.mismatch reports it once
    for p in doc.paragraphs:
        text = doc.text[p.start:p.end]
        if not _at_least(options.get("min_letters", MIN_LETTERS), False).match(text) or not _at_least(MIN_WORDS, True).match(text):
            continue
        share = langid.function_word_share(text, expected)
        if share is not None and share > MIN_FUNCTION_SHARE:
            continue
        if langid.script_share(text) > 0.3:
            continue  # Chinese left in: translation.untranslated reports it
        det = langid.detect(text, second_opinion=False)  # with a source: CLD2 alone (langid.identify)
        if det is None or det.lang == expected or (det.confidence or 0) < options.get("min_confidence", MIN_CONFIDENCE):
            continue
        if expected == "en" and (langid.english_word_share(text) or 0) >= 0.75:
            continue  # garbled English that reads as another language to the detector
        yield Finding(p.start, p.end, args={"detected": langid.name(det.lang), "expected": langid.name(expected)})


LANGUAGE = custom(
    "translation.language",
    _check,
    category="accuracy/untranslated",
    severity="critical",
    requires=REQUIRES,
    langs=EN,
    options={"min_letters": Option(MIN_LETTERS, int, minimum=0),
             "min_confidence": Option(MIN_CONFIDENCE, float, minimum=0, maximum=1)},
    message="This paragraph reads as {detected}, not {expected}.",
    description="A paragraph of the translation (or a whole segment) is in another language than the target "
    "language; short paragraphs are not judged.",
    examples=[
        bad(
            "The ministers met in Brussels on Monday to discuss trade. They agreed that the talks had been useful "
            "and that they would meet again in the spring.\n\n"
            "⟦Les ministres se sont réunis à Bruxelles lundi pour discuter du commerce et de la sécurité.⟧",
            source="部长们周一在布鲁塞尔会晤，讨论贸易问题。他们一致认为会谈是有益的，并将于春季再次会晤。\n\n部长们讨论了贸易和安全问题。",
        ),
        good(
            "The ministers met in Brussels on Monday to discuss trade.\n\n"
            "Xi Jinping met Li Qiang and Wang Yi in Zhongnanhai, Xinhua said.",
            source="部长们周一在布鲁塞尔会晤，讨论贸易问题。\n\n新华社报道，习近平在中南海会见了李强和王毅。",
        ),
        good(
            "The ministers met in Brussels.\n\nMerci beaucoup.",
            source="部长们在布鲁塞尔会晤。\n\n非常感谢。",
        ),
        good(
            "The ministers met in Brussels on Monday to discuss trade, security and the climate.\n\n"
            "Wang Liwen, village cadre, helped Fu Kunbao make plans.",
            source="部长们周一在布鲁塞尔会晤，讨论贸易、安全和气候问题。\n\n村干部王立文帮傅昆宝出主意。",
        ),
    ],
)

RULES = (LANGUAGE,)
