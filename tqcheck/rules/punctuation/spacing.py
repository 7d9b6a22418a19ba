"""Spacing around punctuation: before marks, after marks, doubled, trailing.

Every pattern opens with one character class and checks its left context
with a look-behind *after* that character, so ``re`` skips to candidates
in C and tries each run of spaces once (see ``tqcheck.rule.pattern``).
Spaces are common: runs of them are found from something rarer (a pair
of spaces, a no-break space, the mark or line break after them).
"""

from __future__ import annotations

import re

from ...rule import Finding, bad, custom, good, pattern
from ...scan import places, run_starts

_SP = "[ \t\u00a0]"


def _back_over_spaces(m):
    """Grow a match of one space + mark leftwards over the whole run."""
    text, s = m.string, m.start()
    while s > 0 and text[s - 1] in " \t\u00a0":
        s -= 1
    return s, m.end()


def _not_at_line_start(m, unit):
    s, _ = _back_over_spaces(m)
    return s > 0 and not m.string[s - 1].isspace()

_CAT = "fluency/punctuation"
_EN = frozenset({"en"})

BEFORE_MARK = pattern(
    "punctuation.spacing.before-mark",
    # a space before , ; : ! ? or a full stop that ends something; not before
    # ".5", ".NET", an ellipsis, or a smiley such as " :-)"
    # (found from the mark, rarer than a space; the match grows back over the spaces)
    rf"[,;!?:.](?<={_SP}[,;!?:.])(?:(?<=,)(?!,)|(?<=[;!?])|(?<=:)(?![-)(DP])|(?<=\.)(?![\w.]))",
    locate=_back_over_spaces,
    when=_not_at_line_start,
    category=_CAT,
    severity="minor",
    langs=_EN,
    message="Remove the space before “{fix}”.",
    description="A space before a comma, full stop, semicolon, colon, question or exclamation mark.",
    suggest=lambda m: (m.group(0)[-1],),
    examples=[
        bad("The EU⟦ ,⟧ Japan and Australia signed.", ","),
        bad("This is a sentence with an orphaned full stop⟦ .⟧", "."),
        bad("Why did they leave⟦ ?⟧", "?"),
        good("This is a figure: .5 and it's correct."),
        good("This is a sentence with ellipsis ..."),
        good("It runs on .NET and says hello :-)"),
        good("This is a ,,test'' in German typesetting."),
        good("    , indented list continuation"),
    ],
)

#: what follows a full stop in a file name or a program name, not a sentence
_EXTENSIONS = (
    "pdf|docx?|xlsx?|pptx?|odt|rtf|txt|csv|tsv|json|xml|ya?ml|toml|ini|cfg|log|md|html?|css|js|ts|"
    "jsx|tsx|py|rb|go|rs|java|php|c|h|cpp|sh|exe|dll|so|dmg|apk|ipa|iso|zip|rar|gz|tgz|bz2|xz|tar|7z|"
    "jpe?g|png|gif|bmp|svg|webp|tiff?|mp[34]|wav|avi|mov|mkv|flac|ogg|epub|mobi|net"
)

def _not_dotted_name(m, unit):
    """left.she, but not config.yaml.bak: the word before a stop that takes a
    lower-case word after it has no slash, @ or stop between letters of its own
    (2.6%.the has one between digits)."""
    text, i = m.string, m.start()
    if text[i] != "." or not text[i + 1:i + 2].islower():
        return True
    j = i
    while j > 0 and not text[j - 1].isspace():
        j -= 1
    chunk = text[j:i]
    if any(c in "/@\\" for c in chunk):
        return False
    return not any(c == "." and chunk[k - 1:k].isalpha() for k, c in enumerate(chunk))


#: ``punctuation.spacing.missing-after``
_MISSING_AFTER = (
    # every alternative has a letter after the mark: tested first, where most
    # marks (a space after them) fail at once, before the look-behinds
    r"[,.!?;:](?=[^\W\d_])(?:"
    r"(?<=[^\W\d_],)(?=[^\W\d_])|(?<=[ \t],)(?=[^\W\d_])"  # This,is and This ,is (not 1,000)
    r"|(?<=[a-z][a-z][.!?])(?=[A-Z][a-z])"  # text.And (not U.S.Army, not ASP.NET)
    # left.she and 2.6%.the: a word of two lower-case letters (or a percentage)
    # before the stop (not e.g., i.e., a.m., U.S., No.5), a whole lower-case
    # word after it (not v2.5.1, not report.pdf or Node.js; domains are protected)
    rf"|(?<=[a-z\d%][a-z%]\.)(?!(?:{_EXTENSIONS})\b)(?=[a-z]{{2,}}+(?![\w.(/@'’-]))"
    r"|(?<=[\w)][!?;])(?=[A-Za-z])"
    r"|(?<=[a-z][a-z]:)(?=[A-Z][a-z]))"
)

MISSING_AFTER = pattern(
    "punctuation.spacing.missing-after",
    _MISSING_AFTER,
    when=_not_dotted_name,
    category=_CAT,
    severity="neutral",
    langs=_EN,
    message="Add a space after “{found}”.",
    description="No space after a comma, semicolon or sentence-ending mark (numbers, "
    "abbreviations, URLs and e-mail addresses excepted).",
    suggest=lambda m: (m.group(0) + " ",),
    examples=[
        bad("This⟦,⟧is a test.", ", "),
        bad("This is a text⟦.⟧And there's the next sentence.", ". "),
        bad("Is it true⟦?⟧Nobody knows.", "? "),
        bad("The EU ⟦,⟧Japan and Australia signed.", ", "),
        good("The U.S. paid $1,000,000.50 at 10:30 a.m. on Jan. 5."),
        good("Mail kallas@eeas.europa.eu or see www.Example.com/Page.Html today."),
        good("It runs on ASP.NET and Node.js, e.g. here."),
        good("Das kostet €2,45 und 3.5 Euro."),
        bad("Prices fell 2.6%⟦.⟧the decline was sharp.", ". "),
        bad("He left⟦.⟧she stayed.", ". "),
        good("The U.S. and e.g. the EU, i.e. Europe, met at 9 a.m. today."),
        good("See example.com, www.x.org and report.pdf, or install Node.js today."),
        good("Version v2.5.1 costs 3.5 yuan; No.5 and No.five are names."),
        good("Read config.yaml.bak, the etc.(sic) note and mail.google.mail."),
    ],
)

_RUN = " \u00a0"
_RUN_RE = re.compile("[ \u00a0]+")


def _doubled(unit, options):
    """Runs of two or more spaces (or no-break spaces) between two visible
    characters. Every such run holds two spaces or a no-break space, which
    str.find reaches several times faster than a scan stopping at every
    space of the text."""
    doc = unit.target
    text = doc.text
    end = 0
    for pos in sorted({*run_starts(text, "  ", _RUN_RE), *run_starts(text, "\u00a0", _RUN_RE)}):
        if pos < end:
            continue  # in a run already judged
        s = pos
        while s > 0 and text[s - 1] in _RUN:
            s -= 1
        end = pos + 1
        while end < len(text) and text[end] in _RUN:
            end += 1
        if end - s < 2 or s == 0 or text[s - 1].isspace() or end == len(text) or text[end].isspace():
            continue
        if doc.is_protected(s, end):
            continue
        yield Finding(s, end, suggestions=(" ",))


DOUBLED = custom(
    "punctuation.spacing.doubled",
    _doubled,
    category=_CAT,
    severity="minor",
    message="Use a single space here.",
    description="Two or more spaces between words (indentation and tabs are left alone).",
    examples=[
        bad("The EU⟦  ⟧must strengthen ties.", " "),
        bad("It ended.⟦  ⟧Then it began.", " "),
        bad("This \u00a0is a test.".replace(" \u00a0", "⟦ \u00a0⟧"), " "),
        good("Multiple tabs\t\tare okay"),
        good("\n    This is an indented line."),
    ],
)

_TRAILING = " \t\u00a0\u3000"


def _trailing(unit, options):
    """Whitespace that ends a line or the text, looked for before each line
    break (the document knows where lines start) rather than from every space."""
    doc = unit.target
    text = doc.text
    ends = []
    for start in doc.line_starts[1:]:
        brk = start - 2 if text[start - 2:start] == "\r\n" else start - 1
        if brk and text[brk - 1] in _TRAILING:
            ends.append(brk)
    if text[-1:] and text[-1] in _TRAILING:
        ends.append(len(text))
    for e in ends:
        s = e
        while s > 0 and text[s - 1] in _TRAILING:
            s -= 1
        yield Finding(s, e, suggestions=("",))


TRAILING = custom(
    "punctuation.spacing.trailing",
    _trailing,
    category=_CAT,
    severity="neutral",
    message="Remove the whitespace at the end of the line.",
    description="Spaces or tabs at the end of a line.",
    examples=[
        bad("The summit ended.⟦  ⟧\nIt began again.", ""),
        bad("The summit ended.⟦\t⟧", ""),
        good("The summit ended.\n\nIt began again.\r\nAnd again."),
    ],
)

def _inside_brackets(unit, options):
    """Spaces right inside a bracket: after an opening one and before
    something visible, or after something visible and before a closing one.
    Found from the brackets (str.find), rarer than the spaces."""
    doc = unit.target
    text = doc.text
    size = len(text)
    spans = []
    for mark in "([":
        for i in places(text, mark):
            e = i + 1
            while e < size and text[e] in _RUN:
                e += 1
            if e > i + 1 and e < size and not text[e].isspace() and text[e] not in ")]":
                spans.append((i + 1, e))
    for mark in ")]":
        for e in places(text, mark):
            s = e
            while s > 0 and text[s - 1] in _RUN:
                s -= 1
            if s < e and s > 0 and not text[s - 1].isspace() and text[s - 1] not in "([":
                spans.append((s, e))
    for s, e in sorted(spans):
        if not doc.is_protected(s, e):
            yield Finding(s, e, suggestions=("",))


INSIDE_BRACKETS = custom(
    "punctuation.spacing.inside-brackets",
    _inside_brackets,
    category=_CAT,
    severity="neutral",
    langs=_EN,
    message="Remove the space inside the brackets.",
    description="A space just inside an opening or closing bracket: ( like this ).",
    examples=[
        bad("This (⟦ ⟧foo bar) is a test.", ""),
        bad("This (foo bar⟦ ⟧) is a test.", ""),
        good("- [ ] A checkbox at GitHub and (this) one."),
        good("The list ( ) is empty."),
    ],
)

_TIME_BEFORE = re.compile(r"(?:\b(?:at|from|to|until|till|by|of|since|before|after|around|about|and|between)"
                          r"|\d{4}-\d\d-\d\d)[ \t]+$",
                          re.IGNORECASE)
_TIME_AFTER = re.compile(r"[ \t]*+(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b|on\b|hours\b|o['’]clock)")
_SECONDS = re.compile(r": ?[0-5]\d(?!\d)")


def _time_span(m: re.Match[str]) -> tuple[int, int]:
    text, colon = m.string, m.start()
    s = colon - 1
    if s > 0 and text[s - 1].isdigit():
        s -= 1
    e = m.end() + 2
    sec = _SECONDS.match(text, e)
    return s, sec.end() if sec else e


def _spaced_time(m: re.Match[str], unit) -> bool:
    text = m.string
    s, e = _time_span(m)
    if s > 0 and (text[s - 1].isdigit() or text[s - 1] in ".:,"):
        return False
    if int(text[s:m.start()]) > 24:
        return False
    # a time only where a time is expected: "at 1: 00", "15: 00 on July 24", "1: 00 a.m."
    return bool(_TIME_BEFORE.search(text, max(0, s - 16), s) or _TIME_AFTER.match(text, m.end() + 2))


IN_TIME = pattern(
    "punctuation.spacing.in-time",
    # the colon of a clock time with a space after it, as machine translation writes it
    r":(?<=\d:) (?=[0-5]\d(?!\d))",
    locate=_time_span,
    when=_spaced_time,
    category=_CAT,
    severity="neutral",
    langs=_EN,
    message="A clock time has no spaces: “{fix}”.",
    description="A time written with a space after its colon (“15: 00”, “1: 00 a.m.”), as machine translation writes it.",
    suggest=lambda m: ("".join(m.string[slice(*_time_span(m))].split()),),
    examples=[
        bad("The curfew runs from ⟦15: 00⟧ on July 24.", "15:00"),
        bad("The search began at ⟦1: 00⟧ a.m. on Sunday.", "1:00"),
        bad("Posted at ⟦19: 44: 50⟧ on 2020-07-26.", "19:44:50"),
        bad("2020-07-26 ⟦19: 44: 50⟧ Source: People's Daily", "19:44:50"),
        good("The curfew runs from 15:00 on July 24 to 14:00 on July 25."),
        good("Chapter 3: 15 ways to save. The score was 3: 10 in the end. Matthew 5: 14 says so."),
        good("The split was 1: 00 to nobody; 99: 45 and at 24: 75 are not times either."),
    ],
)

RULES = (BEFORE_MARK, DOUBLED, IN_TIME, INSIDE_BRACKETS, MISSING_AFTER, TRAILING)
