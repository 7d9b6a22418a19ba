"""A third-person pronoun of the wrong gender.

The source says 他 (he) and not 她 (she), and the aligned target sentence
says ``she``/``her``/``herself`` and no masculine pronoun; or the reverse.
The alignment must be clear, so the pair is left alone when its source
names a woman or a man some other way (女士, 母亲, 妻子… / 先生, 父亲, 丈夫…):
``张女士说，他的儿子…`` is "Ms. Zhang said her son…". 他们 and 她们 are
"they" and do not count; 其他, 他人 and 吉他 are other words.
"""

from __future__ import annotations

import re

from ...rule import Finding, bad, custom, good
from ._meaning import meaning_pairs, usable

REQUIRES = frozenset({"source"})
EN = frozenset({"en"})

_HE, _SHE = "他", "她"
_FEMALE_ZH = re.compile(r"[女妈母妻姐妹婆娘姑嫂媳妇奶姨婶闺娃]|夫人|太太|小姐|王后|皇后|公主")
_MALE_ZH = re.compile(r"[男爸父夫哥弟爷叔伯舅郎儿子]|先生|国王|王子|丈夫")
_FEM_EN = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)
_MASC_EN = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)


def _check(unit, options):
    if not usable(unit):
        return
    for p in meaning_pairs(unit):
        words = p.src_words()
        he, she = _HE in words, _SHE in words
        if he == she:
            continue
        fem = list(_FEM_EN.finditer(p.tgt_text))
        masc = list(_MASC_EN.finditer(p.tgt_text))
        if he and fem and not masc and not _FEMALE_ZH.search(p.src_text):
            m, said = fem[0], "他 (he)"
        elif she and masc and not fem and not _MALE_ZH.search(p.src_text):
            m, said = masc[0], "她 (she)"
        else:
            continue
        yield Finding(p.tgt_start + m.start(), p.tgt_start + m.end(), args={"said": said})


RULES = (
    custom(
        "accuracy.gender.pronoun",
        _check,
        category="accuracy/mistranslation",
        severity="major",
        requires=REQUIRES,
        langs=EN,
        message="The source says {said}; the translation says “{found}”.",
        description="A pronoun of the other gender: the source says 他 and the aligned target only she/her, or the "
        "source 她 and the target only he/him/his.",
        examples=[
            bad("⟦She⟧ said the plan would go ahead.", source="他说计划将继续进行。"),
            bad("The minister said ⟦his⟧ visit was a success.", source="部长说，她的访问很成功。"),
            good("He said the plan would go ahead.", source="他说计划将继续进行。"),
            good("Ms. Zhang said her son was safe.", source="张女士说，他的儿子很安全。"),
            good("They said the plan would go ahead.", source="他们说计划将继续进行。"),
            good("Other people said she left.", source="其他人说她走了。"),
            good("He told her the news.", source="他告诉她这个消息。"),
        ],
    ),
)
