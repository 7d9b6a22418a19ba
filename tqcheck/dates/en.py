"""Dates and clock times in English text: July 21, 21 July, July 21, 2020,
Jul. 21, the 21st, July, 2020-07-21, 10:30 a.m., 3 pm, noon.

Day and month are read in either order ("21 July" and "July 21" are the
same date). "May" counts as a month only with a day or year beside it or a
preposition before it ("in May"), never as the verb.
"""

from __future__ import annotations

import re

from ..scan import matches_at, places
from .common import clock_times, iso_dates
from .mention import DATE, MONTH_NAMES, TIME, Mention, Taken

_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
MONTHS = {name.lower(): i + 1 for i, name in enumerate(MONTH_NAMES)} | _ABBR
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
_ORD = r"(?:st|nd|rd|th)"
#: each scan below opens with a look-ahead for the first letters its match can
#: start with: a set of first characters lets the regex engine skip to the
#: candidates, which a leading \b or look-behind prevents (same matches, about
#: twice as fast over a long text)
_AT_MONTH = "(?=[ADFJMNOS])"
_MD = re.compile(rf"{_AT_MONTH}\b({_MONTH})\s+(\d{{1,2}}){_ORD}?\b(?!:\d|\.\d|,\d{{3}})")
_DM = re.compile(rf"(?=[t\d])\b(?:the\s+)?(\d{{1,2}}){_ORD}?\s+(?:of\s+)?({_MONTH})(?![\w])")
_M = re.compile(rf"{_AT_MONTH}\b({_MONTH})(?![\w])")
_MAY_OK = re.compile(r"(?:in|since|until|till|by|from|of|early|late|mid|last|next|this|during|before|after|through|to|and|or|between)[\s-]+$", re.IGNORECASE)
_DAY_ONLY = re.compile(rf"(?=[osutbfa])\b(?:on|since|until|till|by|from|before|after|of|to|and|as of)\s+(?:the\s+)?(\d{{1,2}}){_ORD}\b", re.IGNORECASE)
#: a second day after a date: "July 17 and 22", "July 22-25", "the 14th and 21st"
_MORE_DAYS = re.compile(rf"(?:\s*[-–]\s*|,\s*|\s+(?:and|to|or|&)\s+)(\d{{1,2}})(?:{_ORD})?\b(?![-:.,]?\d|: \d)(?!\s*(?:{_MONTH}|%|percent|per\b|million|billion))")
#: after "July 25, 26" another day goes on the list ("and 27", ", 28") or it ends;
#: "July 25, 4 cases" is a count, not a day
_LIST_GOES_ON = re.compile(rf"(?:{_ORD})?\s*(?:$|[,;.)]|and\b|or\b|&|to\b|[-–])")
# "1: 00 a.m.": machine translation often puts a space after the colon
_CLOCK = re.compile(r"(?=\d)(?<![\d:.])(\d{1,2})(?:: ?(\d{2}))?\s*(a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b|o'clock|o’clock)")
#: military time, "at 1400 hours"; after a word that sets a time, since
#: "it took 1200 hours" is a duration
_HOURS = re.compile(r"(?=[abftuos])\b(?:at|by|from|to|until|till|between|and|of|after|before|since) ([01]\d|2[0-4])([0-5]\d) hours\b",
                    re.IGNORECASE)
_NOON = re.compile(r"(?=[nm])\b(noon|midday|midnight)\b", re.IGNORECASE)
#: what may follow a day-only date: punctuation, the end, or a few words
_DAY_END = re.compile(r"\s*(?:$|[,.;:!?)(\"”’—–-]|(?:of|and|to|at|in|when|this|last|next|that|with|from|until|or)\b)")


def _month(word: str) -> int:
    return MONTHS[word.rstrip(".").lower()]


#: every scan below but ``_M`` and ``_NOON`` needs a digit (``\d``, as they name it);
#: most segments of news have none
_DIGIT = re.compile(r"\d")


def extract(text: str) -> list[Mention]:
    if _DIGIT.search(text) is None:
        return _without_digits(text)
    out: list[Mention] = []
    taken = Taken()
    free = taken.free
    at = _Starts(text)

    for d in iso_dates(text, at.runs):
        out.append(d)
        taken.add(d.start, d.end)
    for rx, mi, di, starts in ((_MD, 1, 2, at.month_day), (_DM, 2, 1, at.day_month)):
        for m in matches_at(rx, text, starts()):
            if not free(*m.span()):
                continue
            day = int(m.group(di))
            if not 1 <= day <= 31:
                continue
            month = _month(m.group(mi))
            out.append(Mention(m.start(), m.end(), DATE, month, day, claimed=(m.span(di),)))
            taken.add(*m.span())
            if rx is _MD:
                _more_days(text, m.end(), month, out, taken)
    _months(text, out, taken)
    for m in matches_at(_DAY_ONLY, text, at.day_only()):
        if not free(*m.span(1)):
            continue
        if not _DAY_END.match(text, m.end()):
            continue  # "on the 27th floor", "of the 26th Shanghai TV Festival"
        day = int(m.group(1))
        if 1 <= day <= 31:
            out.append(Mention(m.start(1), m.end(), DATE, None, day, claimed=(m.span(1),)))
            _more_days(text, m.end(), None, out, taken)
    for m in matches_at(_CLOCK, text, at.runs):
        hour = int(m.group(1))
        minute = int(m.group(2)) if m.group(2) else 0
        suffix = m.group(3).lower()
        pm = None if "clock" in suffix else suffix.startswith("p")
        if hour <= 24 and minute <= 59:
            out.append(Mention(m.start(), m.end(), TIME, hour=hour, minute=minute, pm=pm, claimed=((m.start(), m.end(2) if m.group(2) else m.end(1)),)))
            taken.add(*m.span())
    for m in matches_at(_HOURS, text, at.hours()):
        if free(m.start(1), m.end()):
            out.append(Mention(m.start(1), m.end(), TIME, hour=int(m.group(1)), minute=int(m.group(2)),
                               claimed=((m.start(1), m.end(2)),)))
            taken.add(m.start(1), m.end())
    out.extend(t for t in clock_times(text, at.runs) if free(t.start, t.end))
    _noons(text, out)
    out.sort()
    return out


#: a maximal run of digits: every scan of ``extract`` that needs a digit
#: matches at, or a few words before, the start of one
_RUN = re.compile(r"\d+")
#: lengths of the words that may open a match before its digits: a month
#: ("May" to "September", "Sept."), or the prepositions of _DAY_ONLY and _HOURS
_MONTH_LENGTHS = range(3, 10)
_DAY_ONLY_LENGTHS = range(2, 7)  # "on", "and", "from", "since", "before", "as of"
_HOURS_LENGTHS = range(2, 8)  # "at", ..., "between"


class _Starts:
    """Where each digit scan of ``extract`` can match, worked out from one
    scan for runs of digits: the scans start with a word or a look-ahead
    that the regex engine tries at most letters of an English text (four of
    them about 90 ms a megabyte), and a text of news has a few thousand
    runs of digits a megabyte. Each set holds every position the scan can
    match at (and some it cannot), so matching there in order, as
    ``scan.matches_at`` does, finds what ``finditer`` finds."""

    def __init__(self, text: str) -> None:
        self.text = text
        #: a digit scan that starts at its digits starts where a run does:
        #: its look-behind or \b refuses a digit before it
        self.runs = [m.start() for m in _RUN.finditer(text)]
        self._space: list[tuple[int, int]] | None = None

    def _after_space(self) -> list[tuple[int, int]]:
        """(run start, start of the white space right before it) for each
        run that white space precedes (what the scans call ``\\s``: ``str.isspace``)."""
        if self._space is None:
            text, out = self.text, []
            for a in self.runs:
                w = a
                while w > 0 and text[w - 1].isspace():
                    w -= 1
                if w < a:
                    out.append((a, w))
            self._space = out
        return self._space

    def month_day(self) -> list[int]:
        return sorted({w - n for _, w in self._after_space() for n in _MONTH_LENGTHS if w >= n})

    def day_month(self) -> list[int]:
        # "the 21st of July" starts at "the", three letters before the space
        return sorted({*self.runs, *(w - 3 for _, w in self._after_space() if w >= 3)})

    def day_only(self) -> list[int]:
        text, found = self.text, set[int]()
        for _, w in self._after_space():
            ends = [w]
            if text[max(0, w - 3):w].lower() == "the":  # "on the 21st"
                v = w - 3
                while v > 0 and text[v - 1].isspace():
                    v -= 1
                if v < w - 3:
                    ends.append(v)
            found.update(e - n for e in ends for n in _DAY_ONLY_LENGTHS if e >= n)
        return sorted(found)

    def hours(self) -> list[int]:
        text = self.text
        return sorted({a - 1 - n for a in self.runs if a > 0 and text[a - 1] == " " for n in _HOURS_LENGTHS if a - 1 >= n})


def _without_digits(text: str) -> list[Mention]:
    """``extract`` on a text with no digit: what its two scans that need
    none find, in the same order."""
    out: list[Mention] = []
    _months(text, out, Taken())
    _noons(text, out)
    out.sort()
    return out


def _months(text: str, out: list[Mention], taken: Taken) -> None:
    """A month named alone ("in July"), where no date was found before."""
    free = taken.free
    for m in matches_at(_M, text, places(text, *_MONTH_OPENINGS)):
        if not free(*m.span()):
            continue
        if m.group(1) == "May" and not _MAY_OK.search(text, max(0, m.start() - 12), m.start()):
            continue
        if m.group(1).startswith("Mar") and len(m.group(1)) <= 4 and not m.group(1).endswith("."):
            continue  # "Mar" is rarely the month without its full stop
        out.append(Mention(m.start(), m.end(), DATE, _month(m.group(1))))
        taken.add(*m.span())


def _noons(text: str, out: list[Mention]) -> None:
    low = text.lower()
    # the words are found in the lower-cased text where its offsets are the
    # text's and no letter but the ASCII ones matches them (U+0131, dotless
    # i, matches "i" under IGNORECASE but lower-cases to itself)
    if len(low) == len(text) and "\u0131" not in text:
        found = matches_at(_NOON, text, places(low, "noon", "mid"))
    else:
        found = _NOON.finditer(text)
    for m in found:
        word = m.group(1).lower()
        out.append(Mention(m.start(), m.end(), TIME, hour=0 if word == "midnight" else 12, minute=0, pm=word != "midnight"))


#: every spelling in _MONTH opens with one of these (case as written: _M
#: and _MD ignore no case)
_MONTH_OPENINGS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _more_days(text: str, pos: int, month: int | None, out: list[Mention], taken: Taken) -> None:
    while True:
        m = _MORE_DAYS.match(text, pos)
        if not m:
            return
        day = int(m.group(1))
        if not 1 <= day <= 31 or (month is None and not re.match(_ORD, text[m.end(1):m.end(1) + 2])):
            return
        if m.group(0).lstrip().startswith(",") and not _LIST_GOES_ON.match(text, m.end(1)):
            return
        out.append(Mention(m.start(1), m.end(), DATE, month, day, claimed=(m.span(1),)))
        taken.add(*m.span(1))
        pos = m.end()

