"""A document that is not in the expected target language."""

from __future__ import annotations

from ... import langid
from ...rule import Finding, Option, bad, custom, good

MIN_CONFIDENCE = 0.9
#: langdetect misreads short, name-heavy English ("Xi Jinping met Li Qiang in
#: Zhongnanhai" reads as Tagalog 0.86). Its verdict stands only if English
#: function words are nearly absent: other languages score 0.00-0.02 on
#: ``langid.function_word_share``, English prose 0.12 and up.
MAX_FUNCTION_SHARE = 0.08


def _check(unit, options):
    doc = unit.target
    det = doc.language
    expected = langid.base(doc.lang)
    if det is None or det.lang == expected or (det.confidence or 0) < options.get("min_confidence", MIN_CONFIDENCE):
        return
    share = langid.function_word_share(doc.text, expected)
    if share is not None and share > MAX_FUNCTION_SHARE:
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
    options={"min_confidence": Option(MIN_CONFIDENCE, float, minimum=0, maximum=1)},
    examples=[
        bad("⟦Dies ist ein ganz normaler deutscher Satz über die Europäische Union und ihre Partner in Asien.⟧"),
        bad("⟦欧盟外交与安全政策高级代表卡拉斯表示，尽管美国施压，欧盟必须加强与亚洲的安全关系。⟧"),
        good("EU foreign affairs chief Kaja Kallas said the EU must strengthen security ties with Asia."),
        good("Xi Jinping met Li Qiang and Wang Yi in Zhongnanhai on Thursday, Xinhua said."),
        good("OK, merci."),
        bad("⟦Der Außenbeauftragte der EU sagte am Montag, die Union müsse ihre Sicherheitspartnerschaften "
            "mit Asien stärken, was auch in Japan so gesehen wird. Sie will in Peking an einem Gipfel "
            "teilnehmen, bei dem es um Handel und Sicherheit gehen soll.⟧"),
    ],
)

RULES = (MISMATCH,)
