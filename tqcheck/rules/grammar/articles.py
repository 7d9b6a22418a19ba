"""Articles: ``a``/``an`` by the sound of the next word, and two articles in a row.

The choice follows pronunciation, not spelling: ``an hour``, ``an MBA``,
``an FBI agent``, ``an 8-year-old``, but ``a university``, ``a one-off``,
``a US official``, ``a European``. Where usage is split (``an historic``,
``an herb``) the rule stays quiet.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...rule import Finding, bad, custom, good
from ...rule.kinds import cut_off
from ...text import index_words
from ._context import CATEGORY, EN, norm, previous

# consonant-sound words spelled with a vowel letter
_YOO = re.compile(r"u(?:ni(?![nmd])|s[aeiou]|t[aeiou](?!ter)|r[aeiou]|biq|k|nanim|vula)|eu(?!ler)|ewe|one(?![ri])|once$|ouija")
# vowel-sound words spelled with a silent h
_SILENT_H = re.compile(r"h(?:our|onest|onou?r|eir)")
# split usage: leave alone
_EITHER_H = re.compile(r"h(?:erb|istoric|otel|eroic|ysteric|abitual|ereditary|orrendous|orrific|ypothe|umble)")
#: acronyms read as words (NATO, ASEAN): judged by their spelling
_SPOKEN = frozenset(
    "NATO NASA ASEAN OPEC UNESCO UNICEF AIDS SARS COVID UEFA FIFA NAFTA LAN OLED ANZUS APEC "
    "IKEA ISIS ICANN IMAX INTERPOL UNIX UNCTAD ESA EFTA OECD".split()
)
_VOWEL_LETTERS = frozenset("AEFHILMNORSX")  # letters whose names start with a vowel sound
#: abbreviated titles are read as the whole word (mister, missus, doctor,
#: saint, mount), not letter by letter: "a Mrs. Reed", "a Dr. Li"
_TITLES = frozenset("Mr Mrs Ms Messrs Dr St Mt Sgt Capt Gen Col Lt Rev Hon Prof".split())
#: after these words a single "a" is a label, not an article (vitamin A, plan A)
_LABEL_BEFORE = frozenset(
    "vitamin type class grade plan point part section category group option exhibit appendix "
    "figure table model series size letter hepatitis influenza phase round tier level".split()
)
#: an article cannot stand before these: "a" is something else there
_NOT_AFTER_ARTICLE = frozenset(
    "and or of in on is it its as at are am an a if into onto upon unless until up us our i "
    "either also ought".split()
)
index_words(("a", "an", "the"))
_DIGITS = re.compile(r"8|1[18](?![\d])|1[18],\d{3}|1[18]\d\d(?!\d)")


def _acronym(letters: str) -> bool | None:
    """Sound of an acronym: read letter by letter (FBI, MBA) unless it can
    be read as a word (NATO, LED, SQL): then only a vowel letter is sure."""
    up = letters.upper()
    if up in _SPOKEN:
        return up[0] in "AEIO"
    if up[0] in "AEIO":
        return True  # vowel either way: an IMF loan, an OECD report
    if up[0] == "U":
        return None if len(up) > 2 and up[1] not in "AEIOU" and up not in ("USB", "UAE", "UFO") else False
    spoken = len(up) > 2 and (up[1] in "AEIOUY" or (up[:2] in _ONSETS and up[2] in "AEIOUY")) or up[:2] == "SQ"
    if spoken and up[0] in _VOWEL_LETTERS:
        return None  # "a NAT" (nat) or "an NAT" (en-ay-tee): both are heard
    return up[0] in _VOWEL_LETTERS


_ONSETS = frozenset("ST SP SC SK SL SM SN FL FR".split())


def vowel_sound(word: str) -> bool | None:
    """Does ``word`` start with a vowel sound? None when unsure."""
    head = word.split("-", 1)[0] or word
    if head[:1].isdigit():
        return bool(_DIGITS.match(head))
    letters = head.replace(".", "").replace("’", "").replace("'", "")
    if not letters or not letters[0].isalpha():
        return None
    if letters in _TITLES:
        return False
    if len(letters) == 1:
        return letters in _VOWEL_LETTERS if letters.isupper() and "-" in word else None
    caps = len(letters) - len(letters.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    if caps >= 2 or "." in head:
        return _acronym(letters[:max(caps, 2)] if caps < len(letters) else letters) if len(letters) <= 6 or caps < len(letters) else None
    if letters[0].islower() and letters[1].isupper():
        return letters[0] in "aefhilmnorsx"  # mDNS, eBay, iPhone: the letter's name
    if any(c.isdigit() for c in letters) or not any(c in "aeiouy" for c in letters.lower()):
        return letters[0].upper() in _VOWEL_LETTERS  # mp3, npm: spelled out
    low = letters.lower()
    if _SILENT_H.match(low):
        return True
    if _EITHER_H.match(low):
        return None
    if low[0] in "aeiou":
        return not _YOO.match(low)
    return False


@lru_cache(maxsize=1 << 14)
def _sound(word: str) -> bool | None:
    return vowel_sound(word)


def _check(unit, options):
    doc = unit.target
    words = doc.words
    texts, starts, ends = doc.word_texts, doc.word_starts, doc.word_ends
    text = doc.text
    for key, wants_vowel in (("a", False), ("an", True)):
        for i in doc.word_positions(key):
            if i + 1 >= len(words):
                continue
            if text[ends[i]:starts[i + 1]] not in (" ", "\u00a0"):
                continue
            # the sound of the next word first: it rules out most places, and is the same at each
            sound = _sound(texts[i + 1])
            if sound is None or sound == wants_vowel:
                continue
            art, nxt = words[i], words[i + 1]
            if art.text.isupper() and len(art.text) > 1:
                continue
            if i == 0 and cut_off(text, art.start, art.end):
                continue  # "...an be considered": the end of a word an excerpt cut
            prev, between = previous(doc, art.start)
            if art.text[0].isupper() and prev is not None and between.strip() == "":
                continue  # "Class A shares", "Ta An said": a letter or a name
            if key == "a" and (prev in _LABEL_BEFORE or between.rstrip().endswith(("(", "'", '"'))):
                continue
            nw = nxt.text
            if nw.lower() in _NOT_AFTER_ARTICLE and not nw.isupper():
                continue
            if key == "an" and art.text == "An" and nw[:1].isupper():
                continue
            if doc.is_protected(art.start, nxt.end):
                continue
            fix = "an" if sound else "a"
            fix = fix.capitalize() if art.text[0].isupper() else fix
            yield Finding(art.start, art.end, args={"next": nw}, suggestions=(fix,))


A_AN = custom(
    "grammar.articles.a-an",
    _check,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="Use “{fix}” before “{next}”: the article follows the sound of the next word.",
    description="“a” before a vowel sound or “an” before a consonant sound (an hour, an MBA, "
    "a university, a one-off, a US official, an 8-year-old).",
    examples=[
        bad("It was ⟦a⟧ unexpected decision.", "an"),
        bad("He met ⟦a⟧ FBI agent in Beijing.", "an"),
        bad("She holds ⟦a⟧ MBA from Fudan.", "an"),
        bad("It took ⟦a⟧ hour to arrive.", "an"),
        bad("⟦An⟧ university in Shanghai opened.", "A"),
        bad("He spoke to ⟦an⟧ US official.", "a"),
        bad("It was ⟦an⟧ one-off payment.", "a"),
        bad("They signed ⟦a⟧ agreement with ASEAN.", "an"),
        bad("The victim was ⟦a⟧ 8-year-old boy.", "an"),
        bad("It is ⟦an⟧ European project.", "a"),
        good("It took an hour, an MBA and an FBI agent to settle a one-off claim."),
        good("A university, a US official, a European envoy and a unique chance."),
        good("An 11-year-old, an 18th birthday, a 110-metre tower and an 80% share."),
        good("It was an honest mistake by an heir to a hotel chain, an historic event."),
        good("Class A shares, vitamin A and plan A all failed; Ta An said so."),
        good("an unexpected move, an unimportant detail, an urgent call, an NBA star"),
        good("a NATO summit and an ASEAN meeting, a UNESCO site and an X-ray"),
        good("He made an F-16 deal and a U-turn at a U.S. base."),
        good("a NAT, an NAT, a LED, an LED, a SQL query, an RFLink device, an FFmpeg file, an mDNS tool"),
        good("...an be considered to be any sequence of operations."),
        good("He was employed for a time by a Mrs. Reed, a Mr. Li and a Dr. Hu; an MRI scan."),
        good("an MP3 file, an npm bump, a OneDrive folder, an Euler brick, an IMF loan, a USB stick"),
    ],
    triggers=("a", "an"),  # finds nothing without one of these words
)


#: an article cannot stand before a demonstrative either: "a this dog", "the these rules"
_DEMONSTRATIVES = ("this", "these", "those", "another")  # "another" holds its own "an": "an another night"


def _double(unit, options):
    doc = unit.target
    words = doc.words
    text = doc.text
    arts = ("a", "an", "the")
    keys = doc.word_keys
    for key in arts:
        for i in doc.word_positions(key):
            if i + 1 >= len(words) or keys[i + 1] not in arts and keys[i + 1] not in _DEMONSTRATIVES:
                continue
            first, second = words[i], words[i + 1]
            if text[first.end:second.start] != " " or second.text == first.text:
                continue
            if i + 2 < len(words) and text[second.end:words[i + 2].start] != " ":
                continue  # "the this-or-that debate", "a these, those..." list
            if second.text[0].isupper():
                continue  # "the A team", "the An family"
            if i + 2 < len(words) and norm(words[i + 2].text) in ("priori", "posteriori", "cappella", "capella",
                                                                  "la", "propos", "fortiori", "lot"):
                continue
            yield Finding(first.start, second.end, args={"a": first.text, "b": second.text},
                          suggestions=(first.text, second.text))


DOUBLE = custom(
    "grammar.articles.double",
    _double,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="Two articles in a row: keep “{a}” or “{b}”.",
    description="Two different articles next to each other (“a the”, “the an”).",
    examples=[
        bad("They signed ⟦a the⟧ agreement on Thursday.", "a"),
        bad("It was ⟦the an⟧ important meeting.", "the"),
        bad("This is ⟦the this⟧ idea I meant.", "the"),
        bad("I like ⟦a this⟧ dog.", "a"),
        bad("It's ⟦an another⟧ lonely night.", "an"),
        good("It was the a priori argument of the A team."),
        good("the this-or-that debate; a “this” and a “that”; the This Is Us cast; the these, those."),
        good("They signed a deal and the agreement; another night; the other one; one another."),
    ],
)

RULES = (A_AN, DOUBLE)
