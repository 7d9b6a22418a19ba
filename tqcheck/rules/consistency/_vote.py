"""Majority vote over the forms of one thing, shared by the consistency rules."""

from __future__ import annotations

from typing import Callable, Hashable, Iterable, Iterator, Mapping, NamedTuple, TypeVar

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


_K = TypeVar("_K", bound=Hashable)


def minority_of_places(unit, groups: Mapping[_K, Mapping[str, list[tuple[int, int]]]]) -> Iterator[Finding]:
    """``minority(unit, occurrences)`` for occurrences given grouped: group
    -> form -> the places ``(start, end)`` written in that form, in text
    order. The same findings, with no work for a place of the chosen form:
    a long text has groups used a thousand times beside one odd spelling,
    where an occurrence object, a sort and a sentence-start search for each
    place cost a long text more per megabyte than a short one."""
    doc = unit.target
    text = doc.text
    spans = glossary_spans(unit)
    findings = []
    for forms in groups.values():
        if spans[0]:
            forms = {f: kept for f, places in forms.items()
                     if (kept := [p for p in places if not overlaps(spans, p[0], p[1])])}
        if len(forms) < 2:
            continue
        counts = {f: len(places) for f, places in forms.items()}
        top = max(counts.values())
        tied = [f for f in counts if counts[f] == top]
        # on a tie, the form used first (places are in text order)
        choice = tied[0] if len(tied) == 1 else min(tied, key=lambda f: forms[f][0][0])
        # the choice as shown: every place of it is written the one way
        count = counts[choice]
        times = _times(count)
        for form, places in forms.items():
            if form == choice:
                continue
            for start, end in places:
                fixed = choice
                if fixed[:1].islower() and is_sentence_start(doc, start):
                    fixed = fixed[:1].upper() + fixed[1:]
                findings.append(Finding(
                    start, end,
                    args={"found": text[start:end].strip(), "majority": choice, "form": form, "choice": choice,
                          "count": count, "times": times},
                    suggestions=(fixed,),
                ))
    findings.sort(key=lambda f: (f.start, f.end))
    return iter(findings)


def _times(n: int) -> str:
    return "once" if n == 1 else "twice" if n == 2 else f"{n} times"
