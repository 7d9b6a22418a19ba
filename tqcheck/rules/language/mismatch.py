"""A document that is not in the expected target language."""

from __future__ import annotations

from ... import langid
from ...rule import Finding, bad, custom, good

MIN_CONFIDENCE = 0.9
#: English prose runs at 35-50% function words; names-heavy headlines at 15-25%
MIN_FUNCTION_SHARE = 0.15


def _check(unit, options):
    doc = unit.target
    det = doc.language
    expected = langid.base(doc.lang)
    if det is None or det.lang == expected or det.confidence < options.get("min_confidence", MIN_CONFIDENCE):
        return
    share = langid.function_word_share(doc.text, expected)
    if share is not None and share >= MIN_FUNCTION_SHARE:
        return
    paras = doc.paragraphs
    yield Finding(paras[0].start, paras[-1].end, args={
        "detected": langid.name(det.lang),
        "expected": langid.name(expected),
        "confidence": det.confidence,
    })


MISMATCH = custom(
    "language.mismatch",
    _check,
    category="accuracy/untranslated",
    severity="critical",
    message="This text reads as {detected} ({confidence:.0%} sure), not {expected}.",
    description="The whole text is in another language than the expected target language "
    "(langdetect on a sample, seeded, confirmed by a function-word count; short texts are not judged).",
    options={"min_confidence": MIN_CONFIDENCE},
    examples=[
        bad("⟦Dies ist ein ganz normaler deutscher Satz über die Europäische Union und ihre Partner in Asien.⟧"),
        bad("⟦欧盟外交与安全政策高级代表卡拉斯表示，尽管美国施压，欧盟必须加强与亚洲的安全关系。⟧"),
        good("EU foreign affairs chief Kaja Kallas said the EU must strengthen security ties with Asia."),
        good("Xi Jinping met Li Qiang and Wang Yi in Zhongnanhai on Thursday, Xinhua said."),
        good("OK, merci."),
    ],
)

RULES = (MISMATCH,)
