"""A rule's documentation, built from the rule itself: what ``tqcheck rules
ID`` prints, ``GET /api/v1/rules/<id>`` returns, ``GET /rules/<id>`` shows,
SARIF's ``help`` carries and ``docs/rules.md`` collects.

One dict (``rule_doc``) feeds every rendering, so they cannot drift apart.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from .rule import CLOSE_MARK, OPEN_MARK, Example, Rule
from .rules import all_rules, by_id
from .rules.evidence import STATUS, for_rule

EVIDENCE_KEYS = ("status", "evidence", "issues", "localised", "precision", "chance", "lift", "z", "segment_lift",
                 "human_mt_ratio", "former_severity", "note")


def evidence_of(rule_id: str) -> dict[str, Any] | None:
    """The measured figures of a rule, as ``tqcheck/rules/evidence.json`` has them."""
    e = for_rule(rule_id)
    if e is None:
        return None
    return {k: e[k] for k in EVIDENCE_KEYS if k in e}


def _marked(text: str, span: tuple[int, int]) -> str:
    a, b = span
    return text[:a] + OPEN_MARK + text[a:b] + CLOSE_MARK + text[b:]


def _example(ex: Example) -> dict[str, Any]:
    d: dict[str, Any] = {"text": ex.text}
    if ex.source is not None:
        d["source"] = ex.source
    if ex.is_bad:
        assert ex.span is not None
        d["side"] = ex.side
        d["span"] = list(ex.span)
        d["marked"] = _marked(ex.source if ex.side == "source" and ex.source is not None else ex.text, ex.span)
        if ex.fix is not None:
            d["fix"] = ex.fix
    if ex.references:
        d["references"] = list(ex.references)
    if ex.options:
        d["options"] = dict(ex.options)
    if ex.profile != "news":
        d["profile"] = ex.profile
    if ex.resources:
        d["resources"] = sorted(ex.resources)
    return d


def rule_doc(rule: Rule | str) -> dict[str, Any]:
    """Everything a reader needs to know about one rule, as JSON-able data.
    Raises ``KeyError`` for an unknown id."""
    if isinstance(rule, str):
        rule = by_id()[rule]
    return {
        "id": rule.id,
        "category": rule.category,
        "severity": rule.severity,
        "enabled": rule.enabled,
        "profiles": sorted(rule.profiles) if rule.profiles is not None else None,
        "languages": sorted(rule.langs) if rule.langs is not None else None,
        "requires": sorted(rule.requires),
        "description": rule.description,
        "rationale": rule.rationale,
        "link": rule.link,
        "message": rule.message,
        "evidence": evidence_of(rule.id),
        "options": {name: spec.to_dict() for name, spec in rule.option_specs.items()},
        "examples": {
            "bad": [_example(e) for e in rule.examples if e.is_bad],
            "good": [_example(e) for e in rule.examples if not e.is_bad],
        },
    }


def all_docs() -> list[dict[str, Any]]:
    return [rule_doc(r) for r in sorted(all_rules(), key=lambda r: r.id)]


# --------------------------------------------------------------------------
# renderings


def evidence_line(ev: Mapping[str, Any] | None) -> str:
    if not ev:
        return "not measured"
    parts = [f"{ev.get('status')}: {STATUS.get(ev.get('status', ''), '')}".rstrip(": ")]
    if ev.get("lift") is not None:
        parts.append(f"lift {ev['lift']:.2f} over chance on {ev.get('localised')} localised issues")
    if ev.get("human_mt_ratio") is not None:
        parts.append(f"human/MT rate {ev['human_mt_ratio']:.2f}")
    return "; ".join(parts) + " (docs/evidence.md)"


def option_line(name: str, spec: Mapping[str, Any]) -> str:
    bits = [spec["type"] + (" or null" if spec.get("nullable") else ""), f"default {_json(spec['default'])}"]
    if "minimum" in spec:
        bits.append(f"minimum {spec['minimum']:g}")
    if "maximum" in spec:
        bits.append(f"maximum {spec['maximum']:g}")
    if "enum" in spec:
        bits.append("one of " + ", ".join(map(_json, spec["enum"])))
    return f"{name}: " + ", ".join(bits)


def _json(value: Any) -> str:
    import json

    return json.dumps(value, ensure_ascii=False)


def applies(doc: Mapping[str, Any]) -> str | None:
    bits = []
    if not doc["enabled"]:
        bits.append("off by default")
    if doc["profiles"] is not None:
        bits.append("profiles: " + ", ".join(doc["profiles"]))
    if doc["languages"] is not None:
        bits.append("target languages: " + ", ".join(doc["languages"]))
    if doc["requires"]:
        bits.append("needs: " + ", ".join(doc["requires"]))
    return "; ".join(bits) or None


#: characters an example shows as a sign, so that one example stays on one line
VISIBLE = {"\r\n": "⏎", "\n": "⏎", "\r": "␍", "\t": "⇥"}
LEGEND = "⟦…⟧ marks the span the rule reports; ⏎ is a line break, ⇥ a tab, ␍ a carriage return."


def visible(text: str) -> str:
    for char, sign in VISIBLE.items():
        text = text.replace(char, sign)
    return text


def example_lines(e: Mapping[str, Any], bad: bool) -> list[str]:
    """The example as lines (``source: …``, ``target: …``, ``fix: …``),
    with line breaks, tabs and carriage returns made visible."""
    e = {k: visible(v) if isinstance(v, str) else v for k, v in e.items()}
    lines = []
    if bad:
        if e["side"] == "source":
            lines.append(f"source: {e['marked']}")
            lines.append(f"target: {e['text']}")
        else:
            if "source" in e:
                lines.append(f"source: {e['source']}")
            lines.append(e["marked"] if "source" not in e else f"target: {e['marked']}")
        if "fix" in e:
            lines.append(f"fix: {e['fix']}")
    else:
        if "source" in e:
            lines.append(f"source: {e['source']}")
            lines.append(f"target: {e['text']}")
        else:
            lines.append(e["text"])
    return lines


def example_extra(e: Mapping[str, Any]) -> str | None:
    extra = []
    if e.get("options"):
        extra.append("options " + _json(e["options"]))
    if e.get("profile"):
        extra.append("profile " + e["profile"])
    if e.get("resources"):
        extra.append("with " + ", ".join(e["resources"]))
    if e.get("references"):
        extra.append(f"{len(e['references'])} reference(s)")
    return "(" + "; ".join(extra) + ")" if extra else None


def to_text(doc: Mapping[str, Any], max_examples: int | None = None) -> str:
    """The plain-text page ``tqcheck rules ID`` prints (SARIF's ``help``
    shows the first ``max_examples`` of each kind)."""
    out = [doc["id"], "",
           f"category:  {doc['category']}",
           f"severity:  {doc['severity']}",
           f"evidence:  {evidence_line(doc['evidence'])}"]
    where = applies(doc)
    if where:
        out.append(f"applies:   {where}")
    out += ["", doc["description"], "", "Why: " + doc["rationale"]]
    if doc["link"]:
        out.append("See: " + doc["link"])
    out += ["", "Options:" if doc["options"] else "Options: none"]
    out += [f"  {option_line(n, s)}" for n, s in doc["options"].items()]
    out += ["", LEGEND]
    for kind, title in (("bad", "Flagged:"), ("good", "Left alone:")):
        out += ["", title]
        for e in doc["examples"][kind][:max_examples]:
            lines = example_lines(e, kind == "bad")
            extra = example_extra(e)
            out.append("  - " + lines[0])
            out += ["    " + line for line in lines[1:] + ([extra] if extra else [])]
    return "\n".join(out) + "\n"


def _md_code(text: str) -> str:
    """Inline code that survives any backticks in ``text``."""
    text = visible(text)
    ticks = "`"
    while ticks in text:
        ticks += "`"
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def _md_example(e: Mapping[str, Any], bad: bool) -> str:
    parts = []
    for line in example_lines(e, bad):
        label, sep, value = line.partition(": ")
        if sep and label in ("source", "target", "fix"):
            parts.append(f"{label}: {_md_code(value)}")
        else:
            parts.append(_md_code(line))
    extra = example_extra(e)
    return "- " + "; ".join(parts + ([extra] if extra else []))


def to_markdown(doc: Mapping[str, Any], level: int = 2, max_examples: int | None = None,
                legend: bool = True) -> str:
    """One rule as Markdown (a section of docs/rules.md, and SARIF's help)."""
    h = "#" * level
    out = [f"{h} {doc['id']}", "",
           f"**{doc['category']}**, severity **{doc['severity']}**. Evidence: {evidence_line(doc['evidence'])}."]
    where = applies(doc)
    if where:
        out[-1] += f" Applies: {where}."
    out += ["", doc["description"], "", "**Why.** " + doc["rationale"] + (f" ([reference]({doc['link']}))" if doc["link"] else "")]
    if doc["options"]:
        out += ["", "**Options**", ""] + [f"- {option_line(n, s)}" for n, s in doc["options"].items()]
    if legend:
        out += ["", "_" + LEGEND + "_"]
    for kind, title in (("bad", "**Flagged**"), ("good", "**Left alone**")):
        if doc["examples"][kind]:
            out += ["", title, ""] + [_md_example(e, kind == "bad") for e in doc["examples"][kind][:max_examples]]
    return "\n".join(out) + "\n"


def catalogue_markdown(docs: Iterable[Mapping[str, Any]] | None = None) -> str:
    """docs/rules.md: every rule, grouped by family."""
    docs = list(all_docs() if docs is None else docs)
    out = ["# Rules", "",
           "<!-- generated by `tqcheck rules --format markdown > docs/rules.md`; do not edit -->", "",
           f"{len(docs)} rules. `tqcheck rules ID` shows one of them; `GET /api/v1/rules/ID` returns it as JSON.",
           "In the examples, " + LEGEND, ""]
    families: dict[str, list[Mapping[str, Any]]] = {}
    for d in docs:
        families.setdefault(d["id"].split(".", 1)[0], []).append(d)
    for fam, items in families.items():
        out.append(f"- **{fam}**: " + ", ".join(f"[{d['id']}](#{_anchor(d['id'])})" for d in items))
    for fam, items in families.items():
        out += ["", f"## {fam}"]
        for d in items:
            out += ["", to_markdown(d, level=3, legend=False).rstrip("\n")]
    return "\n".join(out) + "\n"


def _anchor(rule_id: str) -> str:
    """GitHub's heading anchor for a rule id heading."""
    return "".join(c for c in rule_id.lower() if c.isalnum() or c in "-_ ").replace(" ", "-")
