"""A document that is not in the expected target language."""

from __future__ import annotations

from ... import langid
from ...rule import Finding, Option, bad, custom, good

MIN_CONFIDENCE = 0.9
#: Detectors misread short, name-heavy English (langdetect read "Vice Premier
#: Han Zheng met Kallas." as German, 1.0). ``langid.detect`` leaves names out
#: and does not judge what is left if it is too short; a verdict stands only
#: if the function words only English uses often ("the", "which", "said";
#: ``langid.EN_DISTINCTIVE``) are nearly absent too. All function words
#: would spare Danish, Norwegian and Polish news ("for by og land", "at",
#: "by to"): ``benchmarks/langid_eval.py``.
MAX_FUNCTION_SHARE = 0.08
#: ...and if most of its judged longer words are not English words
#: (``langid.english_word_share``)
MAX_ENGLISH_WORDS = 0.75


def _check(unit, options):
    doc = unit.target
    det = doc.language
    expected = langid.base(doc.lang)
    if det is None or det.lang == expected or (det.confidence or 0) < options.get("min_confidence", MIN_CONFIDENCE):
        return
    share = langid.function_word_share(doc.text, expected, distinctive=True)
    if share is not None and share > MAX_FUNCTION_SHARE:
        return
    if expected == "en" and (langid.english_word_share(doc.text) or 0) >= MAX_ENGLISH_WORDS:
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
    "(CLD2 on a sample with names, numbers and markup left out, langdetect's second opinion where CLD2 "
    "is unsure, confirmed by a function-word count; texts with too few other words are not judged).",
    options={"min_confidence": Option(MIN_CONFIDENCE, float, minimum=0, maximum=1)},
    examples=[
        bad("⟦Dies ist ein ganz normaler deutscher Satz über die Europäische Union und ihre Partner in Asien.⟧"),
        bad("⟦欧盟外交与安全政策高级代表卡拉斯表示，尽管美国施压，欧盟必须加强与亚洲的安全关系。⟧"),
        good("EU foreign affairs chief Kaja Kallas said the EU must strengthen security ties with Asia."),
        good("Xi Jinping met Li Qiang and Wang Yi in Zhongnanhai on Thursday, Xinhua said."),
        good("OK, merci."),
        good("Vice Premier Han Zheng met Kallas."),
        good("Wang Liwen, village cadre, helped Fu Kunbao make plans."),
        good("An Jing/Ren Chen (Deutsche Presse-Agentur, Reuters)"),
        good("Image: Rape blossoms beside Qinghai Lake."),
        good('Girl street "target" fundraising warned'),
        bad("⟦Regeringen meddelade på måndagen nya åtgärder mot inflationen och arbetslösheten.⟧"),
        bad("⟦Regeringen har mandag meddelt nye tiltag mod inflationen for at hjælpe by og land.⟧"),
        bad("⟦Der Außenbeauftragte der EU sagte am Montag, die Union müsse ihre Sicherheitspartnerschaften "
            "mit Asien stärken, was auch in Japan so gesehen wird. Sie will in Peking an einem Gipfel "
            "teilnehmen, bei dem es um Handel und Sicherheit gehen soll.⟧"),
    ],
)

RULES = (MISMATCH,)
