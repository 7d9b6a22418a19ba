"""What the accuracy rules' tests read off a report: each issue's text, on
the side it is on, and the text of its target neighbourhood."""

from __future__ import annotations

from tqcheck import Checker

#: accuracy rules raised, so that advice rules report too
CK = Checker({"severity": {"accuracy": "major"}})


def issue_texts(source: str, target: str, rule: str) -> list[tuple[str, str | None]]:
    rep = CK.check(target, source=source)
    out = []
    for i in rep.issues:
        if i.rule == rule:
            text = source if i.side == "source" else target
            out.append((text[i.start:i.end], (i.related or {}).get("text")))
    return out
