"""Quotation marks: unbalanced, mismatched, pointing the wrong way, mixed styles.

The pairing itself lives in ``tqcheck.text.quotes`` because other rules
(style advice is not given inside quotations) need the same answer.
"""

from __future__ import annotations

from ...rule import Finding, bad, custom, good

_CAT = "fluency/punctuation"


def _problems(kind):
    def check(unit, options):
        doc = unit.target
        for p in doc.quotes.problems:
            if p.kind != kind:
                continue
            args = {"mark": p.char}
            if p.other >= 0:
                line, col = doc.position(p.other)
                args["other"] = doc.text[p.other]
                args["where"] = f"line {line}, column {col}"
            yield _finding(p, args)

    return check


def _finding(p, args):
    return Finding(p.start, p.end, args=args, suggestions=(p.suggestion,) if p.suggestion else ())


_CJK_OPEN = "“「『‘﹁﹃"
_CJK_CLOSE = "”」』’﹂﹄"


def _source_excess(source) -> tuple[int, int]:
    """How many quotations the source opens and does not close, and closes
    without opening: a segment of a quotation that runs over several
    segments is unbalanced in the source the same way."""
    if source is None:
        return 0, 0
    text = source.text
    if source.lang.split("-")[0].lower() in ("zh", "ja", "ko"):
        # Chinese marks: no apostrophes to tell apart, so count
        opened = sum(text.count(c) for c in _CJK_OPEN)
        closed = sum(text.count(c) for c in _CJK_CLOSE)
        straight = text.count('"') % 2
        return max(0, opened - closed) + straight, max(0, closed - opened) + straight
    problems = source.quotes.problems
    return (sum(p.kind == "unclosed" for p in problems), sum(p.kind == "unmatched" for p in problems))


def _unbalanced(unit, options):
    doc = unit.target
    unclosed, unmatched = _source_excess(unit.source)
    for p in doc.quotes.problems:
        if p.kind == "unclosed":
            if unclosed:
                unclosed -= 1  # the source leaves a quotation open too
                continue
            yield _finding(p, {"mark": p.char, "what": "This opening quotation mark is never closed"})
        elif p.kind == "unmatched":
            if unmatched:
                unmatched -= 1
                continue
            yield _finding(p, {"mark": p.char, "what": "This closing quotation mark has no opening mark"})


UNBALANCED = custom(
    "punctuation.quotes.unbalanced",
    _unbalanced,
    category=_CAT,
    severity="major",
    message="{what}.",
    description="A quotation mark without its partner (apostrophes, inch marks and "
    "multi-paragraph quotations are recognised; a segment whose source leaves a quotation "
    "open or closes one in the same way is not flagged).",
    examples=[
        bad('She said, ⟦"⟧Many Asian partners have been harmed.\n\nShe added, "They turned to us."'),
        bad('He is making them feel comfortable all along.⟦"⟧'),
        bad("⟦“⟧He left early, the minister said."),
        bad("What?⟦'⟧"),
        bad('"Stop," he said. ⟦"⟧We are done.'),
        good("The EU's partners don't agree, the students' union said."),
        good("In the '90s and in '49, rock 'n' roll was the thing."),
        good("Kill 'em all! Puttin' on the Ritz at Dunkin' Donuts."),
        good('The screen is 20" wide; seats have a pitch of 31-33".'),
        good('"We are worried about our supply chains... this is also our security."'),
        good('He said: "We will stay.\n\n"We will not leave the region," he added.'),
        good("She called it 'a good day' and left."),
        good('Turkish distinguishes between dotted and dotless "I"s.'),
        good("(Ketab fi Isti'mal al-'Adad al-Hindi)"),
        good("“It’s ‘fine’,” she said."),
        good("Visit https://en.wikipedia.org/wiki/Rock_'n'_roll or 'the U.S. office.'"),
        good('He said: "We will stay in the region.', source="他说：“我们会留在这个地区。"),
        good('We will not leave," he added.', source="我们不会离开。”他补充说。"),
        bad('He said: ⟦"⟧We will stay in the region.', source="他说：“我们会留在这个地区。”"),
        bad('We will not leave,⟦"⟧ he added.', source="他补充说，我们不会离开。"),
    ],
)

MISMATCHED = custom(
    "punctuation.quotes.mismatched",
    _problems("mismatched"),
    category=_CAT,
    severity="neutral",
    message="This {mark} closes the quotation opened with {other} at {where}; use matching marks.",
    description="A quotation opened with double marks and closed with single ones, or the reverse.",
    examples=[
        bad("“We will stay,⟦'⟧ she said."),
        bad("\"They turned to us,⟦’⟧ he said."),
        good("“We will stay,” she said, ‘for now’."),
        good("\"Many partners 'have been harmed',\" she said."),
    ],
)

DIRECTION = custom(
    "punctuation.quotes.direction",
    _problems("direction"),
    category=_CAT,
    severity="neutral",
    message="This {mark} points the wrong way; use {fix}.",
    description="A closing curly mark used to open a quotation, an opening one used "
    "to close it, or ‘ used for an elided ’90s.",
    examples=[
        bad("He called it ⟦”⟧reliable” twice.", "“"),
        bad("He called it “reliable⟦“⟧ twice.", "”"),
        bad("Back in the ⟦‘⟧90s it was different.", "’"),
        good("He called it “reliable” twice, back in the ’90s."),
        good("“It’s the students’ turn,” she said."),
    ],
)


def _mixed(unit, options):
    q = unit.target.quotes
    straight, curly = q.straight, q.curly
    if not straight or not curly:
        return
    minority = straight if len(straight) < len(curly) else curly
    pos = minority[0]
    yield Finding(pos, pos + 1, args={
        "straight": len(straight),
        "curly": len(curly),
        "minority": "straight" if minority is straight else "curly",
    })


MIXED = custom(
    "punctuation.quotes.mixed-style",
    _mixed,
    category=_CAT,
    severity="neutral",
    message="The text mixes straight ({straight}) and curly ({curly}) quotation marks "
    "and apostrophes; this is the first {minority} one.",
    description="Straight and curly quotation marks or apostrophes in one document "
    "(reported once, at the first mark of the less common style).",
    examples=[
        bad("“We will stay,” she said. It⟦'⟧s fine, “really”."),
        good("“We will stay,” she said. It’s fine."),
        good("\"We will stay,\" she said. It's fine."),
    ],
)

RULES = (MISMATCHED, DIRECTION, MIXED, UNBALANCED)
