"""HTML: the checked text with every issue highlighted in place.

One template (``templates/report/``) serves the web form's result and the
standalone page the batch CLI writes, so the two never drift apart. Both
read only the report dict (``Report.to_dict(include_text=True)``); sections
a report lacks (``scores`` before references are given) are left out.

Highlighting: issue spans may overlap or be empty (an insertion point), so
the text is cut at every span boundary into pieces, each knowing which
issues cover it; a piece takes the colour of its most severe issue.
"""

from __future__ import annotations

import json
from urllib.parse import quote
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Iterable, Mapping, Sequence

from jinja2 import Environment, PackageLoader, select_autoescape

from ..taxonomy import CATEGORIES, SEVERITIES, SEVERITY_RANK
from ..quality import kind as kind_of
from . import scores as score_text
from .text import verdict as verdict_text

#: severities from worst to mildest, the order lists and legends use
WORST_FIRST = tuple(reversed(SEVERITIES))
_CATEGORY_ORDER = {slug: n for n, slug in enumerate(CATEGORIES)}


@dataclass
class Piece:
    """A run of text covered by the same set of issues (maybe none)."""

    text: str
    issues: list[int] = field(default_factory=list)
    severity: str | None = None
    #: ids of issues whose highlight starts here (jump targets)
    anchors: list[int] = field(default_factory=list)
    empty: bool = False  # an insertion point: a zero-length span


def pieces(text: str, spans: Iterable[tuple[int, int, int, str]]) -> list[Piece]:
    """Cut ``text`` at the boundaries of ``spans`` (index, start, end, severity).

    Spans out of range are ignored (a report for another text must not
    break the page). Runs in O((n + k) log k) for k spans.
    """
    n = len(text)
    real: list[tuple[int, int, int, str]] = []
    empty: dict[int, list[tuple[int, str]]] = {}
    for idx, start, end, sev in spans:
        if not (0 <= start <= end <= n):
            continue
        if start == end:
            empty.setdefault(start, []).append((idx, sev))
        else:
            real.append((idx, start, end, sev))
    cuts = sorted({0, n, *(s for _, s, _, _ in real), *(e for _, _, e, _ in real), *empty})
    starts_at: dict[int, list] = {}
    for item in real:
        starts_at.setdefault(item[1], []).append(item)
    active: dict[int, tuple[int, str]] = {}  # idx -> (end, severity)
    out: list[Piece] = []
    for a, b in zip(cuts, cuts[1:] + [None]):
        for idx, sev in empty.get(a, ()):
            out.append(Piece("", [idx], sev, [idx], empty=True))
        if b is None:
            break
        for idx, _, end, sev in starts_at.get(a, ()):
            active[idx] = (end, sev)
        for idx in [i for i, (end, _) in active.items() if end <= a]:
            del active[idx]
        if a == b:
            continue
        covering = sorted(active)
        worst = max((active[i][1] for i in covering), key=SEVERITY_RANK.__getitem__) if covering else None
        opened = sorted(idx for idx, _, _, _ in starts_at.get(a, ()))
        out.append(Piece(text[a:b], covering, worst, opened))
    return out


def _suggestion(s: str) -> str:
    if s == "":
        return "(delete)"
    if not s.strip():
        return s.replace(" ", "␣").replace("\n", "↵").replace("\t", "⇥")
    return s


def tip(issue: Mapping[str, Any]) -> str:
    """The one-line hover/focus text of an issue."""
    label = "advice" if (issue.get("kind") or kind_of(issue["severity"])) == "advice" else issue["severity"]
    line = f"{label}: {issue['message']}"
    if issue.get("suggestions"):
        line += " Suggestion: " + " / ".join(_suggestion(s) for s in issue["suggestions"][:3])
    return line


#: sentence pairs shown before the rest fold away
WORST_SHOWN = 10


def _score_rows(scores: Any) -> tuple[list[dict[str, Any]], Any]:
    """(metric rows, anything left over) from a ``scores`` section of any shape."""
    rows: list[dict[str, Any]] = []
    rest: Any = {}
    if not isinstance(scores, Mapping):
        return rows, scores
    known = isinstance(scores.get("segmentation"), str)
    for name, value in scores.items():
        if isinstance(value, Mapping) and isinstance(value.get("score"), (int, float)):
            ci = value.get("ci") if isinstance(value.get("ci"), Mapping) else None
            rows.append({"name": value.get("name", name), "score": value["score"], "signature": value.get("signature"),
                         "low": ci.get("low") if ci else None, "high": ci.get("high") if ci else None})
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            if not known:  # counts of the documented shape are in the heading
                rows.append({"name": name, "score": value, "signature": None, "low": None, "high": None})
        elif known and name in ("segmentation", "lang", "sentence_signatures", "sentences"):
            continue
        elif value not in (None, {}, []):
            rest[name] = value
    return rows, rest or None


def _score_pairs(scores: Any) -> list[dict[str, Any]]:
    """The aligned sentence pairs, worst first, as the table shows them."""
    if not isinstance(scores, Mapping) or not isinstance(scores.get("sentences"), list):
        return []
    out = []
    for p in scores["sentences"]:
        if not (isinstance(p, Mapping) and isinstance(p.get("hypothesis"), Mapping)):
            continue
        out.append({
            "number": p.get("index", 0) + 1, "kind": p.get("kind", ""), "line": p["hypothesis"].get("line"),
            "chrf": p.get("chrf"), "bleu": p.get("bleu"), "ter": p.get("ter"),
            "hypothesis": p["hypothesis"].get("text", ""),
            "references": [r.get("text", "") for r in p.get("references", []) if isinstance(r, Mapping)],
        })
    return out


def _score_heading(scores: Any) -> str | None:
    try:
        return score_text.heading(scores)
    except (KeyError, TypeError, AttributeError):
        return None


def view(report: Mapping[str, Any], *, name: str | None = None, source: str | None = None,
         prefix: str = "", rule_url: str | None = None) -> dict[str, Any]:
    """Everything the template shows, computed from the report dict.

    ``source`` is the source text, when there is one: source-side issues are
    then highlighted in it too. ``prefix`` keeps element ids unique when
    several reports share a page. ``rule_url``, a template with ``{id}``,
    links each issue's rule id to that rule's documentation.
    """
    text = report.get("text", "")
    issues = []
    for i, issue in enumerate(report.get("issues", [])):
        side = issue.get("side", "target")
        shown_in = text if side == "target" else source
        placed = (
            shown_in is not None and issue.get("segment") is None
            and 0 <= issue["start"] <= issue["end"] <= len(shown_in)
        )
        issues.append({
            **issue,
            "index": i,
            "id": f"{prefix}issue-{i}",
            "span_id": f"{prefix}span-{i}" if placed else None,
            "tip": tip(issue),
            "its": CATEGORIES.get(issue["category"], ("", "other"))[1],
            "shown_suggestions": [{"text": _suggestion(s), "delete": s == ""} for s in issue.get("suggestions", [])],
            "placed": placed,
            "rule_href": rule_url.replace("{id}", quote(issue["rule"], safe=".-")) if rule_url else None,
        })

    def cut(side: str, body: str | None) -> list[Piece] | None:
        if body is None:
            return None
        spans = [(x["index"], x["start"], x["end"], x["severity"]) for x in issues
                 if x["side"] == side and x["placed"]]
        return pieces(body, spans)

    for x in issues:
        x["kind"] = x.get("kind") or kind_of(x["severity"])
    score_rows, score_rest = _score_rows(report.get("scores"))
    quality = report.get("quality") or {}
    return {
        "prefix": prefix,
        "name": name or (report.get("input") or {}).get("name"),
        "report": report,
        "issues": issues,
        "target_pieces": cut("target", text) if text else None,
        "source_pieces": cut("source", source),
        "groups": by_category([x for x in issues if x["kind"] != "advice"]),
        "advice_groups": by_category([x for x in issues if x["kind"] == "advice"]),
        "errors": sum(x["kind"] != "advice" for x in issues),
        "advice": sum(x["kind"] == "advice" for x in issues),
        "quality": quality,
        "verdict": _verdict(quality),
        "severity_counts": [(s, (quality.get("by_severity") or {}).get(s, 0)) for s in WORST_FIRST],
        "scores": score_rows,
        "score_heading": _score_heading(report.get("scores")),
        "score_pairs": _score_pairs(report.get("scores")),
        "worst_shown": WORST_SHOWN,
        "scores_other": json.dumps(score_rest, ensure_ascii=False, indent=2) if score_rest else None,
        "truncated": report.get("truncated"),
        "language": report.get("language") or {},
        "stats": report.get("stats") or {},
        "tool": report.get("tqcheck") or {},
    }


def by_category(issues: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Issues grouped by category (in the taxonomy's order), each group in text order."""
    groups: dict[str, list[dict]] = {}
    for x in sorted(issues, key=lambda x: (x["side"] != "target", x["start"], x["index"])):
        groups.setdefault(x["category"], []).append(x)
    ordered = sorted(groups.items(), key=lambda kv: _CATEGORY_ORDER.get(kv[0], len(_CATEGORY_ORDER)))
    return [{"category": cat, "description": CATEGORIES.get(cat, ("", ""))[0], "issues": items}
            for cat, items in ordered]


def _verdict(quality: Mapping[str, Any]) -> dict[str, str] | None:
    """The verdict word and its reasons, worded as the text output words them."""
    try:
        word, _, reasons = verdict_text(dict(quality), option="fail_on =").partition(": ")
    except (KeyError, TypeError, ValueError):
        return None
    return {"word": word, "reasons": reasons}


@cache
def environment() -> Environment:
    """The Jinja environment of the report templates (autoescaping HTML)."""
    env = Environment(
        loader=PackageLoader("tqcheck.render", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    install(env)
    return env


def install(env: Environment) -> None:
    """Give an environment (the web app's) the filters the templates use."""
    env.globals.setdefault("tqcheck_severities", WORST_FIRST)
    env.filters.setdefault("tq_number", lambda v, digits=2: f"{v:.{digits}f}" if isinstance(v, (int, float)) else "–")


def render_page(report: Mapping[str, Any], *, name: str | None = None, source: str | None = None,
                title: str | None = None) -> str:
    """One report as a standalone HTML page (styles inline, no scripts)."""
    return render([report], [name] if name else None, sources=[source], title=title)


def render(reports: Sequence[Mapping[str, Any]], names: Sequence[str | None] | None = None, *,
           sources: Sequence[str | None] | None = None, title: str | None = None) -> str:
    """Several reports on one standalone page, in order."""
    names = list(names) if names else [None] * len(reports)
    sources = list(sources) if sources else [None] * len(reports)
    views = [
        view(r, name=n, source=s, prefix=f"r{k}-" if len(reports) > 1 else "")
        for k, (r, n, s) in enumerate(zip(reports, names, sources))
    ]
    return environment().get_template("report/page.html").render(views=views, title=title or "tqcheck report")
