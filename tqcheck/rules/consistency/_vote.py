"""Majority vote over the forms of one thing, shared by the consistency rules."""

from __future__ import annotations

from typing import Callable, Hashable, Iterable, Iterator, NamedTuple

from ...rule import Finding
from .._prose import glossary_spans, is_sentence_start, overlaps


class Occurrence(NamedTuple):
    start: int
    end: int
    group: Hashable  # what the forms are forms of
    form: str  # how this occurrence writes it (compared exactly)
    shown: str = ""  # the form as suggested, when it differs from ``form``


def minority(unit, occurrences: Iterable[Occurrence], *, suggest: bool = True,
             fix: Callable[[Occurrence, Occurrence], str] | None = None,
             weight: Callable[[str], float] | None = None) -> Iterator[Finding]:
    """A finding for each occurrence whose form is not its group's choice:
    the most frequent form, or on a tie the one used first. ``fix(occurrence,
    first occurrence of the choice)`` words the suggestion when the choice
    is a style (``Oct.`` → ``October``) rather than a spelling; ``weight(form)``
    breaks a tie before the first use does."""
    doc = unit.target
    spans = glossary_spans(unit)
    groups: dict[Hashable, list[Occurrence]] = {}
    for occ in occurrences:
        if spans[0] and overlaps(spans, occ.start, occ.end):
            continue
        groups.setdefault(occ.group, []).append(occ)
    findings = []
    for occs in groups.values():
        counts: dict[str, int] = {}
        for o in occs:
            counts[o.form] = counts.get(o.form, 0) + 1
        if len(counts) < 2:
            continue
        first_seen: dict[str, Occurrence] = {}
        for o in sorted(occs):
            first_seen.setdefault(o.form, o)
        # the tie-break (a weight can cost a scan of the text) only among the most frequent
        top = max(counts.values())
        tied = [f for f in counts if counts[f] == top]
        choice = tied[0] if len(tied) == 1 else max(
            tied, key=lambda f: (weight(f) if weight else 0, -first_seen[f].start))
        # show the choice as written mid-sentence, where capitals are not typography
        chosen = sorted(o for o in occs if o.form == choice)
        majority = next((o for o in chosen if not is_sentence_start(doc, o.start)), chosen[0])
        shown = majority.shown or majority.form
        for o in occs:
            if o.form == choice:
                continue
            fixed = fix(o, majority) if fix else shown
            if is_sentence_start(doc, o.start) and fixed[:1].islower():
                fixed = fixed[:1].upper() + fixed[1:]
            findings.append(Finding(
                o.start, o.end,
                args={"found": unit.target.text[o.start:o.end].strip(), "majority": shown, "form": o.form, "choice": choice, "count": counts[choice], "times": _times(counts[choice])},
                suggestions=(fixed,) if suggest else (),
            ))
    findings.sort(key=lambda f: (f.start, f.end))
    return iter(findings)


def _times(n: int) -> str:
    return "once" if n == 1 else "twice" if n == 2 else f"{n} times"
