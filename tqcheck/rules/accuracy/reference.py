"""Reference-confirmed checks: what the source and every reference the user
passed agree the translation should not say.

A capitalised word inside a sentence (a name, a title, an organisation)
that the lexical alignment links to nothing in the source, and that no
reference has in any form, is a name or title no one else wrote: a
misspelt transliteration (Sofian for Sophian), a name made up, a title the
source does not give. Adjacent words are reported as one span.

The references settle what the alignment alone cannot: a capitalised word
the lexicon does not know (Gannan, Xinhua) is only suspect, since the
lexicon lacks most names, but one that two human translators never wrote is
rarely a rendering. A reference that paraphrases (south Jiangxi for 赣南)
does not make the output's own rendering suspect when the source supports
it: only words the source does not support are judged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...rule import Finding, bad, custom, good
from ._shared import get

if TYPE_CHECKING:  # loaded on first use: a check without references never reads them
    from ...bilingual.references import ReferenceWords

REQUIRES = frozenset({"source", "references"})
_OPENERS = frozenset('.?!:;"“‘\'(（[—–-')
# dates are the date rules' to judge, and the alignment reads them as values, not words
_CALENDAR = frozenset("""january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday""".split())


def _sentence_initial(text: str, start: int, pair_start: int) -> bool:
    i = start - 1
    while i >= pair_start and text[i] in " \t\n":
        i -= 1
    return i < pair_start or text[i] in _OPENERS or text[i].isdigit()


def _check(unit, options):
    al = get(unit)
    if al is None:
        return
    from ...bilingual.references import reference_words

    refs = reference_words(unit.references)
    if not refs:
        return
    text = unit.target.text
    run: list = []
    for t in al.target:
        flagged = (t.content and not t.links and t.text[:1].isupper() and t.key not in _CALENDAR
                   and not _sentence_initial(text, t.start, al.pairs[t.pair].tgt_start)
                   and not any(_has(r, t) for r in refs))
        if flagged and run and text[run[-1].end:t.start].strip(" -") == "":
            run.append(t)
            continue
        if run and not _abbreviated(run, refs):
            yield _finding(run)
        run = [t] if flagged else []
    if run and not _abbreviated(run, refs):
        yield _finding(run)


def _has(ref: ReferenceWords, t) -> bool:
    """The reference has the word in some form: the word or a lemma, the
    same base (Vietnamese for Vietnam), or, for an acronym, a run of
    capitalised words with those initials (UN for United Nations)."""
    if t.key in ref.words or any(x in ref.words for x in t.lemmas):
        return True
    from ...bilingual.references import bases

    if any(b in ref.bases for b in bases(t.key)):
        return True
    return t.text.isupper() and len(t.text) >= 2 and t.key in ref.initials


def _abbreviated(run: list, refs: list[ReferenceWords]) -> bool:
    """A run of two or more words that a reference abbreviates (Barisan
    Nasional for BN, Communist Party for CPC)."""
    if len(run) < 2:
        return False
    initials = "".join(t.key[:1] for t in run)
    return any(any(a.startswith(initials) for a in r.capitals) for r in refs)


def _finding(run: list) -> Finding:
    return Finding(run[0].start, run[-1].end, args={"words": " ".join(t.text for t in run)})


UNSUPPORTED = custom(
    "accuracy.reference.unsupported",
    _check,
    category="accuracy/mistranslation",
    severity="neutral",
    requires=REQUIRES,
    message="Neither the source nor any reference has “{words}”.",
    description="A capitalised word inside a sentence (a name, title or organisation) that the lexical alignment "
    "links to nothing in the source and that no reference translation contains in any form. Runs only when "
    "references are given.",
    examples=[
        bad("The minister met ⟦Senator⟧ Li Ming in Hanoi on Monday.",
            source="部长周一在河内会见了李明。",
            references=("The minister met Li Ming in Hanoi on Monday.",)),
        # the source supports a pinyin rendering that the reference spells otherwise
        good("The minister met Ambassador Tongsha in Hanoi on Monday.",
             source="部长周一在河内会见了通沙大使。",
             references=("The minister met Ambassador Thongsavanh in Hanoi on Monday.",)),
        bad("Minister of Land and Spatial Planning ⟦Sofian Djalil⟧ attended.",
            source="土地和空间规划部长索菲安·贾利勒出席。",
            references=("Minister of Land and Spatial Planning Sophian Jalil attended.",)),
        # a reference that paraphrases is not evidence: the source supports the output's Gannan
        good("State-owned enterprises visited the Gannan revolutionary base area.",
             source="国有企业走进赣南革命老区。",
             references=("State-owned enterprises entered the revolutionary base area of south Jiangxi.",)),
        # the reference has the name, in another case or form
        good("The delegation visited the Confucius Institute in Phnom Penh.",
             source="代表团参观了金边孔子学院。",
             references=("The delegation visited Phnom Penh's Confucius Institute.",)),
        # a sentence opener is not a name
        good("Meanwhile, prices rose.", source="同时，价格上涨。", references=("At the same time, prices rose.",)),
    ],
)

RULES = (UNSUPPORTED,)
