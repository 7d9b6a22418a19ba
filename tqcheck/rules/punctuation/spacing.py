"""Spacing around punctuation: before marks, after marks, doubled, trailing.

Every pattern opens with one character class and checks its left context
with a look-behind *after* that character, so ``re`` skips to candidates
in C and tries each run of spaces once (see ``tqcheck.rule.pattern``).
"""

from __future__ import annotations

from ...rule import bad, good, pattern

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
    rf"{_SP}(?:,(?!,)|[;!?]|:(?![-)(DP])|\.(?![\w.]))",
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

MISSING_AFTER = pattern(
    "punctuation.spacing.missing-after",
    r"[,.!?;:](?:"
    r"(?<=[^\W\d_],)(?=[^\W\d_])|(?<=[ \t],)(?=[^\W\d_])"  # This,is and This ,is (not 1,000)
    r"|(?<=[a-z][a-z][.!?])(?=[A-Z][a-z])"  # text.And (not U.S.Army, not ASP.NET)
    r"|(?<=[\w)][!?;])(?=[A-Za-z])"
    r"|(?<=[a-z][a-z]:)(?=[A-Z][a-z]))",
    category=_CAT,
    severity="minor",
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
    ],
)

DOUBLED = pattern(
    "punctuation.spacing.doubled",
    r"[ \u00a0](?<=\S[ \u00a0])[ \u00a0]++(?=\S)",
    category=_CAT,
    severity="minor",
    message="Use a single space here.",
    description="Two or more spaces between words (indentation and tabs are left alone).",
    suggest=" ",
    examples=[
        bad("The EU⟦  ⟧must strengthen ties.", " "),
        bad("It ended.⟦  ⟧Then it began.", " "),
        bad("This \u00a0is a test.".replace(" \u00a0", "⟦ \u00a0⟧"), " "),
        good("Multiple tabs\t\tare okay"),
        good("\n    This is an indented line."),
    ],
)

TRAILING = pattern(
    "punctuation.spacing.trailing",
    r"[ \t\u00a0\u3000](?<![ \t\u00a0\u3000][ \t\u00a0\u3000])[ \t\u00a0\u3000]*+(?=[\r\n]|\Z)",
    category=_CAT,
    severity="neutral",
    message="Remove the whitespace at the end of the line.",
    description="Spaces or tabs at the end of a line.",
    suggest="",
    skip_protected=False,
    examples=[
        bad("The summit ended.⟦  ⟧\nIt began again.", ""),
        bad("The summit ended.⟦\t⟧", ""),
        good("The summit ended.\n\nIt began again.\r\nAnd again."),
    ],
)

INSIDE_BRACKETS = pattern(
    "punctuation.spacing.inside-brackets",
    r"[(\[][ \u00a0]++(?=[^\s)\]])|[ \u00a0](?<=[^\s(\[][ \u00a0])[ \u00a0]*+(?=[)\]])",
    locate=lambda m: (m.start() + 1, m.end()) if m.group(0)[0] in "([" else m.span(),
    category=_CAT,
    severity="minor",
    langs=_EN,
    message="Remove the space inside the brackets.",
    description="A space just inside an opening or closing bracket: ( like this ).",
    suggest="",
    examples=[
        bad("This (⟦ ⟧foo bar) is a test.", ""),
        bad("This (foo bar⟦ ⟧) is a test.", ""),
        good("- [ ] A checkbox at GitHub and (this) one."),
        good("The list ( ) is empty."),
    ],
)

RULES = (BEFORE_MARK, DOUBLED, INSIDE_BRACKETS, MISSING_AFTER, TRAILING)
