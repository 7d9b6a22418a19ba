"""One name or term in different capitalisations: ``EU-China Summit``
beside ``EU-China summit``, ``COVID-19`` beside ``Covid-19``."""

from __future__ import annotations

import re

from ...rule import bad, custom, good
from .._prose import FUNCTION_WORDS, TITLE_CASE_MINOR, in_title_case_heading, is_sentence_start, overlaps
from ._vote import Occurrence, minority

_GAP = re.compile(r"[ \t]+\Z")


def _capitalised(w: str) -> bool:
    return w[:1].isupper()


def _inner_capital(w: str) -> bool:
    return any(c.isupper() for c in w[1:])


def _in_long_title(words, i, text) -> bool:
    """Inside five or more capitalised words (minor words between them
    allowed): the title of a document or work, capitalised by title rules
    ("the Notice on ... During the National Day Holiday")."""
    def run(step):
        n, j, minor = 0, i, 0
        while 0 <= j < len(words):
            w = words[j].text
            if w[:1].isupper():
                n, minor = n + 1, 0
            elif w.lower() in TITLE_CASE_MINOR and minor < 2:
                minor += 1
            else:
                break
            k = j + step
            if not (0 <= k < len(words)) or text[min(words[j].end, words[k].end):max(words[j].start, words[k].start)].strip():
                break
            j = k
        return n

    return run(-1) + run(1) - 1 >= 5


def _title_spans(doc):
    from .titles import mentions

    return sorted((m[1], m[2]) for m in mentions(doc))


def _phrases(unit):
    """A capitalised word and the word after it, e.g. (EU-China, Summit):
    grouped by spelling, the second word's case is the form. A pair followed
    by a capital is skipped: a title before a name is capitalised by rule
    ("Premier Li") where the same words elsewhere are not."""
    doc = unit.target
    text = doc.text
    words = doc.words
    titles = _title_spans(doc)
    spans = ([s for s, _ in titles], [e for _, e in titles])
    for i in range(len(words) - 1):
        a, b = words[i], words[i + 1]
        if titles and overlaps(spans, a.start, b.end):
            continue  # a title before a name is capitalised by its own rule
        if not _capitalised(a.text) or not b.text[:1].isalpha() or b.text.lower() in FUNCTION_WORDS:
            continue
        if not _GAP.match(text, a.end, b.start) and text[a.end:b.start] != " ":
            continue
        if is_sentence_start(doc, a.start) and not _inner_capital(a.text):
            continue  # capitalised only because it starts the sentence
        if i + 2 < len(words):
            c = words[i + 2]
            if _capitalised(c.text) and text[b.end:c.start].strip() == "":
                continue
        if in_title_case_heading(doc, a.start) or doc.in_quotation(a.start, b.end):
            continue
        if _in_long_title(words, i, text):
            continue
        if b.text.isupper() and len(b.text) > 1:
            continue  # an acronym is another word ("EU SUMMIT" headlines aside)
        yield Occurrence(a.start, b.end, (a.text, b.text.lower()), f"{a.text} {b.text}")


def _words(unit):
    """Words with a capital inside (COVID, WeChat) beside another casing of
    the same word that also has a capital (Covid): not "US"/"us", which are
    different words."""
    doc = unit.target
    forms: dict[str, list] = {}
    text = doc.text
    for w in doc.words:
        if not any(c.isupper() for c in w.text) or not w.text[:1].isalpha():
            continue
        if is_sentence_start(doc, w.start) and (not _inner_capital(w.text) or w.text[1:2].islower()):
            continue  # "Covid" or "Al-Sisi" opening a sentence: the capital is the sentence's
        if w.text.isupper() and text[w.end:w.end + 1] == "," and is_sentence_start(doc, w.start):
            continue  # a dateline: "FUZHOU, Sept. 27 -"
        if in_title_case_heading(doc, w.start) or doc.in_quotation(w.start, w.end):
            continue
        forms.setdefault(w.text.lower(), []).append(w)
    for key, ws in forms.items():
        # "State-Owned" in a title-case name beside "State-owned" is title case, not spelling
        shapes = {"-".join(p[:1].upper() + p[1:] for p in w.text.split("-")) for w in ws}
        if len({w.text for w in ws}) > 1 and any(_inner_capital(w.text) for w in ws) and len(shapes) > 1:
            for w in ws:
                if "." in w.text:
                    continue  # U.S. and friends belong to the abbreviation rule
                yield Occurrence(w.start, w.end, key, w.text)


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
