"""Source-language text left in the translation.

``han``: each run of Chinese (or Japanese, Korean) characters inside an
English text is its own issue, so "the so-called 新质生产力 strategy and
共同富裕" gives two spans; Chinese punctuation and digits between two Han
characters stay inside the run. Needs no source. ``copy``: the whole
target is the source, unchanged.
"""

from __future__ import annotations

import re

from ...rule import Finding, bad, custom, good
from ...text.chars import CJK, LATIN_WORD_RE
from ._shared import EN, REQUIRES, source_blank, stripped, target_blank

_JOINERS = r"\s\d，。、；：？！“”‘’《》〈〉（）「」『』【】·—…－"
_RUN = re.compile(rf"[{CJK}](?:[{CJK}{_JOINERS}]*[{CJK}])?")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_WORD = re.compile(rf"[{CJK}]|[^\W\d_]+")


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def is_copy(unit) -> bool:
    """The target repeats the source: Chinese text, or three words or more
    (a name or a number may rightly stay as it is)."""
    if unit.source is None or source_blank(unit) or target_blank(unit):
        return False
    src, tgt = unit.source.text, unit.target.text
    if _normal(src) != _normal(tgt):
        return False
    return bool(re.search(f"[{CJK}]", src)) or len(_WORD.findall(src)) >= 3


def _script(run: str) -> str:
    if _KANA.search(run):
        return "Japanese"
    if _HANGUL.search(run):
        return "Korean"
    return "Chinese"


def _han(unit, options):
    if is_copy(unit):
        return
    doc = unit.target
    if doc._word_re is LATIN_WORD_RE:
        return  # the document's word split already found no CJK character: no run to scan for
    text = doc.text
    for m in _RUN.finditer(text):
        yield Finding(m.start(), m.end(), args={"script": _script(m.group(0))})


def _copy(unit, options):
    if is_copy(unit):
        s, e = stripped(unit.target.text, 0, len(unit.target.text))
        yield Finding(s, e)


HAN = custom(
    "translation.untranslated.han",
    _han,
    category="accuracy/untranslated",
    severity="major",
    langs=EN,
    message="{script} text left untranslated: “{found}”.",
    description="A run of Chinese, Japanese or Korean characters inside an English translation.",
    examples=[
        bad("The so-called ⟦新质生产力⟧ strategy was discussed.", source="会上讨论了所谓的新质生产力战略。"),
        bad("Fujian launched a tax platform - ⟦中新网⟧", source="福建省税费平台正式上线-中新网"),
        bad("He was fined 15,420 yuan (⟦人民币，下同⟧).", source="他被罚款15420元(人民币，下同)。"),
        bad("The term ⟦ひらがな⟧ was used."),
        good("The so-called new quality productive forces strategy was discussed.",
             source="会上讨论了所谓的新质生产力战略。"),
        good("He said, “Fine.” Then he left — quickly."),
    ],
)

COPY = custom(
    "translation.untranslated.copy",
    _copy,
    category="accuracy/untranslated",
    severity="critical",
    requires=REQUIRES,
    message="The translation is the source text, unchanged.",
    description="The target is identical to the source (ignoring spacing and case).",
    examples=[
        bad("⟦会议在北京举行。⟧", source="会议在北京举行。"),
        bad(" ⟦Save the file before closing.⟧", source="Save the file before closing."),
        good("The meeting was held in Beijing.", source="会议在北京举行。"),
        good("iPhone 12", source="iPhone 12"),
        good("APEC 2020", source="APEC 2020"),
    ],
)

RULES = (COPY, HAN)
