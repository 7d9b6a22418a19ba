"""Stacked adverbs: two -ly adverbs in a row modifying one verb
(“recently specifically mentioned”)."""

from __future__ import annotations

from ...rule import bad, good, pattern
from ...scan import places

#: -ly words that are not adverbs, or not ones that stack
_NOT_ADVERB = frozenset(
    """
    only early likely unlikely daily weekly monthly yearly quarterly hourly nightly friendly unfriendly costly
    timely untimely deadly lonely lovely elderly orderly disorderly curly holy ugly silly jolly family italy july
    supply apply reply rely ally rally tally bully belly jelly fly butterfly assembly anomaly monopoly homily
    lily wily oily hilly chilly woolly manly cowardly scholarly leisurely neighborly neighbourly motherly
    fatherly brotherly sisterly heavenly worldly unruly burly surly measly comely ghastly beastly godly ungodly
    sickly prickly wobbly bubbly gravelly kindly lowly lively stately portly comply imply multiply reply
    """.split()
)
#: degree adverbs legitimately modify the next adverb ("relatively quickly")
_DEGREE = frozenset(
    """
    relatively extremely highly fairly really particularly incredibly remarkably unusually especially
    surprisingly comparatively increasingly reasonably sufficiently exceedingly exceptionally totally
    completely fully entirely equally nearly almost mostly largely partly slightly roughly approximately
    virtually practically utterly truly deeply strongly rather
    """.split()
)


_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")


def _starts(doc) -> list[int]:
    """Where a run of lower-case letters ending in "ly" and a space or tab
    starts: every match starts at one (str.find finds "ly " fast)."""
    text = doc.text
    found = set()
    for i in places(text, "ly ", "ly\t"):
        while i > 0 and text[i - 1] in _LOWER:
            i -= 1
        found.add(i)
    return sorted(found)


def _stacked(m, unit) -> bool:
    a, b = m.group(1).lower(), m.group(2).lower()
    return a not in _NOT_ADVERB and b not in _NOT_ADVERB and a not in _DEGREE


STACKED = pattern(
    "style.adverbs.stacked",
    r"\b([a-z]{2,}ly)[ \t]+([a-z]{2,}ly)\b",
    category="style/awkward",
    severity="neutral",
    skip_quotations=True,
    when=_stacked,
    starts=_starts,
    message="Two adverbs in a row (“{found}”); keep the one that matters.",
    description="Two -ly adverbs stacked on one verb (degree adverbs such as “relatively” excepted).",
    examples=[
        bad("Ministers have ⟦recently specifically⟧ mentioned the tariffs."),
        bad("The index ⟦suddenly sharply⟧ fell."),
        good("Ministers have recently mentioned the tariffs, relatively quickly."),
        good("It is highly likely; the weekly supply fell; an early daily report."),
        good('"We have recently specifically asked," she said.'),
    ],
)

RULES = (STACKED,)
