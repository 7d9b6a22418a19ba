"""One name or term in different capitalisations: ``EU-China Summit``
beside ``EU-China summit``, ``COVID-19`` beside ``Covid-19``."""

from __future__ import annotations

import re

from ...rule import bad, custom, good
from .._prose import FUNCTION_WORDS, TITLE_CASE_MINOR, in_title_case_heading, is_sentence_start
from ._vote import Occurrence, minority


def _capitalised(w: str) -> bool:
    return w[:1].isupper()


def _inner_capital(w: str) -> bool:
    return any(c.isupper() for c in w[1:])


_PAIR = re.compile(r"(?<![\w'’.-])([A-Z][\w'’.-]*)(?= ([A-Za-z][\w'’-]*))")
_CAPITALISED_WORD = re.compile(r"(?<![\w'’.-])[A-Za-z]?[a-z'’-]*[A-Z][\w'’-]*")
_TOKEN = re.compile(r"[^\s]+")


def _in_long_title(text: str, start: int, end: int) -> bool:
    """Inside five or more capitalised words (up to two minor words between
    them): the title of a document or work, capitalised by title rules
    ("the Notice on ... During the National Day Holiday")."""
    left = [t.group(0) for t in _TOKEN.finditer(text, max(0, start - 200), start)]
    right = [t.group(0) for t in _TOKEN.finditer(text, end, min(len(text), end + 200))]

    def count(tokens):
        n = minor = 0
        for tok in tokens:
            if tok[:1].isupper():
                n, minor = n + 1, 0
            elif tok.lower() in TITLE_CASE_MINOR and minor < 2:
                minor += 1
            else:
                break
            if not tok[-1:].isalnum():
                break
        return n

    return count(reversed(left)) + count(right) + 2 >= 5


def _in_title_before_name(text: str, start: int) -> bool:
    """The pair starts a capitalised run that holds a title word ("EU Foreign
    and Security Policy Chief Kaja Kallas"): a title before a name is
    capitalised by its own rule."""
    from .titles import TITLE_WORDS

    minor = 0
    for tok in _TOKEN.finditer(text, start, min(len(text), start + 200)):
        w = tok.group(0)
        bare = w.rstrip(".,;:").lower()
        if bare in TITLE_WORDS:
            return True
        if w[:1].isupper():
            minor = 0
        elif w.lower() in TITLE_CASE_MINOR and minor < 2:
            minor += 1
        else:
            return False
        if not w[-1:].isalnum():
            return False
    return False


def _phrases(unit):
    """A capitalised word and the word after it, e.g. (EU-China, Summit):
    grouped by spelling, the second word's case is the form. A pair followed
    by a capital is skipped: a title before a name is capitalised by rule
    ("Premier Li") where the same words elsewhere are not. The costly checks
    run only for pairs seen in two forms."""
    doc = unit.target
    text = doc.text
    groups: dict[tuple[str, str], list[re.Match[str]]] = {}
    for m in _PAIR.finditer(text):
        b = m.group(2)
        low = b.lower()
        if low in FUNCTION_WORDS or (b.isupper() and len(b) > 1) or not b[:1].isalpha():
            continue
        groups.setdefault((m.group(1), low), []).append(m)
    for key, ms in groups.items():
        if len({m.group(2) for m in ms}) < 2:
            continue
        for m in ms:
            a_start, b_end = m.start(1), m.end(2)
            if is_sentence_start(doc, a_start) and not _inner_capital(m.group(1)):
                continue  # capitalised only because it starts the sentence
            if text[b_end:b_end + 1] == " " and text[b_end + 1:b_end + 2].isupper():
                continue
            if in_title_case_heading(doc, a_start) or doc.in_quotation(a_start, b_end):
                continue
            if _in_long_title(text, a_start, b_end) or _in_title_before_name(text, a_start):
                continue
            yield Occurrence(a_start, b_end, key, f"{m.group(1)} {m.group(2)}")


def _words(unit):
    """Words with a capital inside (COVID, WeChat) beside another casing of
    the same word that also has a capital (Covid): not "US"/"us", which are
    different words."""
    doc = unit.target
    text = doc.text
    forms: dict[str, list[re.Match[str]]] = {}
    for m in _CAPITALISED_WORD.finditer(text):
        forms.setdefault(m.group(0).lower(), []).append(m)
    for key, ms in forms.items():
        texts = {m.group(0) for m in ms}
        if len(texts) < 2 or not any(_inner_capital(t) for t in texts):
            continue
        # "State-Owned" in a title-case name beside "State-owned" is title case, not spelling
        if len({"-".join(p[:1].upper() + p[1:] for p in t.split("-")) for t in texts}) < 2:
            continue
        for m in ms:
            w, start = m.group(0), m.start()
            if is_sentence_start(doc, start) and (not _inner_capital(w) or w[1:2].islower()):
                continue  # "Covid" or "Al-Sisi" opening a sentence: the capital is the sentence's
            if w.isupper() and text[m.end():m.end() + 1] == "," and is_sentence_start(doc, start):
                continue  # a dateline: "FUZHOU, Sept. 27 -"
            if in_title_case_heading(doc, start) or doc.in_quotation(start, m.end()):
                continue
            yield Occurrence(start, m.end(), key, w)


PHRASE = custom(
    "consistency.capitals.phrase",
    lambda unit, options: minority(unit, _phrases(unit)),
    category="fluency/inconsistency",
    severity="minor",
    message="“{found}” here, “{majority}” elsewhere ({times}); capitalise it one way.",
    description="A two-word name or term capitalised differently in one document (EU-China Summit/summit).",
    examples=[
        bad("Kallas will attend the EU-China Summit in Beijing. She will join the ⟦EU-China summit⟧ on Thursday."
            " The EU-China Summit marks 50 years.", "EU-China Summit"),
        bad("Kallas will attend the EU-China Summit in Beijing. She will join the ⟦EU-China summit⟧ on Thursday.",
            "EU-China Summit"),
        good("Kallas will attend the EU-China summit in Beijing. She will join the EU-China summit on Thursday."),
        good("Chinese Premier Li Qiang spoke. The Chinese premier said trade matters."),
        good("EU Foreign and Security Policy Chief Kaja Kallas spoke. The EU foreign ministers met."),
        good("The Notice on Lessons During the National Day Holiday came out before the National Day holiday."),
        good("Summit talks began. The Beijing summit ended. Beijing Summit Hotel was full."),
    ],
)

WORD = custom(
    "consistency.capitals.word",
    lambda unit, options: minority(unit, _words(unit)),
    category="fluency/inconsistency",
    severity="minor",
    message="“{found}” here, “{majority}” elsewhere ({times}); capitalise it one way.",
    description="One word with inner capitals written in two casings (COVID-19/Covid-19, WeChat/Wechat).",
    examples=[
        bad("COVID-19 cases rose. The COVID-19 ward was full. Cases of ⟦Covid-19⟧ spread.", "COVID-19"),
        good("COVID-19 cases rose. The COVID-19 ward was full. Tell us, the US said."),
        good("WHO said so. Who knows?"),
        good("FUZHOU, Sept. 27 - Fuzhou opened. Al-Sisi spoke; al-Sisi left. State-Owned Assets and state-owned firms."),
    ],
)

RULES = (PHRASE, WORD)
