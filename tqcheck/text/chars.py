"""Character classes shared by the document model and the rules.

Kept as regex fragments (not compiled patterns) so callers can embed them
in their own character classes.
"""

from __future__ import annotations

import re

#: Han ideographs, kana, Hangul, CJK symbols: scripts that English target text
#: should not contain and that count one word per character.
CJK = (
    "\u2e80-\u2fdf"  # radicals
    "\u3040-\u30ff"  # hiragana, katakana
    "\u3100-\u312f"  # bopomofo
    "\u3190-\u31ff"
    "\u3400-\u4dbf"  # extension A
    "\u4e00-\u9fff"  # unified ideographs
    "\uac00-\ud7af"  # Hangul syllables
    "\uf900-\ufaff"  # compatibility ideographs
    "\U00020000-\U0003134f"  # extensions B and later
)

#: Horizontal whitespace a writer can type in running text.
HSPACE = " \t\u00a0\u2007\u202f\u3000"

#: Characters that take no room and no part in words, but that editors and
#: copy-paste leave in text (zero-width space/joiners, BOM, soft hyphen).
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"

#: Line breaks: CRLF counts once; a lone CR is a break too (old Mac files).
LINE_BREAK_RE = re.compile(r"\r\n|\n|\r")

#: A letter or digit of any script, excluding CJK.
ALNUM_NOT_CJK = rf"[^\W_{CJK}]"

#: Words as news style counts them: a run of letters/digits joined by
#: apostrophes, hyphens or inner full stops (``don't``, ``EU-China``,
#: ``U.S``, ``3.5``) and each CJK character on its own.
WORD_RE = re.compile(
    rf"[{CJK}]|{ALNUM_NOT_CJK}++(?:[-'’.‐]{ALNUM_NOT_CJK}++)*+"
)

CJK_RE = re.compile(rf"[{CJK}]")

#: WORD_RE for text without CJK: the same words, and a smaller character
#: class makes the scan about 40% faster.
#: Possessive (same words: nothing after a run could take characters back),
#: which spares re its backtracking bookkeeping: the split 15% faster.
LATIN_WORD_RE = re.compile(r"[^\W_]++(?:[-'’.‐][^\W_]++)*+")

#: the word patterns captured, for re.split: gap, word, gap, word, ..., gap
WORD_SPLIT = re.compile(f"({WORD_RE.pattern})")
LATIN_WORD_SPLIT = re.compile(f"({LATIN_WORD_RE.pattern})")
#: LATIN_WORD_SPLIT for a text with no underscore, where ``\w`` is ``[^\W_]``:
#: re tests one category where the class takes a set of three, the split ~12% faster
PLAIN_WORD_SPLIT = re.compile(r"(\w++(?:[-'’.‐]\w++)*+)")
