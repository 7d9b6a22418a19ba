"""Scores as text: a metric table, the worst sentence pairs, paired tests.

Reads only the dict form (the report's ``scores`` section and the ``score``
command's JSON), like every renderer.
"""

from __future__ import annotations

from typing import Any

from ..scoring.options import METRICS

EXCERPT = 110


def _short(text: str, width: int = EXCERPT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def table(scores: dict[str, Any], indent: str = "  ") -> list[str]:
    """One line per metric: name, score, 95% interval, signature."""
    rows = [(scores[k]["name"], scores[k]) for k in METRICS if k in scores]
    if not rows:
        return []
    wname = max(len(n) for n, _ in rows)
    out = []
    for name, m in rows:
        ci = m.get("ci")
        span = f"[{ci['low']:6.2f}, {ci['high']:6.2f}]" if ci else " " * 16
        out.append(f"{indent}{name:<{wname}}  {m['score']:6.2f}  {span}  {m['signature']}")
    return out


def heading(scores: dict[str, Any]) -> str:
    how = {"lines": "pairs of lines", "given": "segment pairs", "sentences": "aligned sentence pairs"}
    n = scores["references"]
    text = f"{scores['segments']} {how[scores['segmentation']]} against {n} reference{'s' if n != 1 else ''}"
    resamples = _resamples(scores)
    if resamples:
        text += f"; 95% intervals from {resamples} bootstrap resamples"
    return text


def _resamples(scores: dict[str, Any]) -> int:
    for k in METRICS:
        if k in scores and scores[k].get("ci"):
            return scores[k]["ci"]["resamples"]
    return 0


def worst(scores: dict[str, Any], n: int, indent: str = "  ") -> list[str]:
    pairs = scores["sentences"][:n]
    if not pairs:
        return []
    out = [f"{indent}worst {len(pairs)} of {scores['segments']} pairs (sentence chrF2, BLEU):"]
    for p in pairs:
        h = p["hypothesis"]
        out.append(f"{indent}  #{p['index'] + 1} line {h['line']} ({p['kind']}): chrF {p['chrf']:.1f}, BLEU {p['bleu']:.1f}")
        out.append(f"{indent}    hyp: {_short(h['text']) or '(nothing)'}")
        for k, r in enumerate(p["references"]):
            label = "ref:" if len(p["references"]) == 1 else f"ref{k + 1}:"
            out.append(f"{indent}    {label} {_short(r['text']) or '(nothing)'}")
    return out


def section(scores: dict[str, Any], worst_n: int = 3) -> str:
    """The ``scores`` section of a check report, as printed under it."""
    lines = ["scores: " + heading(scores), *table(scores), *worst(scores, worst_n)]
    return "\n".join(lines) + "\n"


def joint_alignment_note(payload: dict[str, Any]) -> str | None:
    """What scoring systems together does to sentence alignment, when it does
    anything: lines and given segments pair up the same way alone or together."""
    systems = payload["systems"]
    if len(systems) < 2 or systems[0]["scores"].get("segmentation") != "sentences":
        return None
    n = systems[0]["scores"]["segments"]
    return (f"note: the {len(systems)} translations are aligned to the reference together, so that every system is "
            f"scored on the same {n} sentence pairs, as the paired tests need. Scored alone, a translation aligns "
            "on its own and its pairs and figures can differ slightly.")


def render_comparison(payload: dict[str, Any], worst_n: int = 5) -> str:
    """The ``score`` command's text output."""
    refs = ", ".join(payload["references"])
    out = []
    note = joint_alignment_note(payload)
    if note:
        out += [note, ""]
    for system in payload["systems"]:
        s = system["scores"]
        out.append(f"{system['name']} vs {refs}: {heading(s)}")
        out.extend(table(s))
        out.extend(worst(s, worst_n))
        out.append("")
    for test, block in payload.get("significance", {}).items():
        what = {"bs": "paired bootstrap resampling", "ar": "paired approximate randomisation"}[test]
        out.append(f"{what} ({block['samples']} samples, seed {block['seed']}); baseline {payload['baseline']}; "
                   f"p < {block['alpha']:g} marked *")
        names = [row["system"] for row in next(iter(block["results"].values()))]
        keys = [k for k in METRICS if k in block["results"]]
        wsys = max(len(n) for n in names)
        header = "  " + " " * wsys + "".join(f"  {payload['systems'][0]['scores'][k]['name']:>17}" for k in keys)
        out.append(header)
        for i, name in enumerate(names):
            cells = []
            for k in keys:
                row = block["results"][k][i]
                if row["p"] is None:
                    cells.append(f"{row['score']:6.2f} (baseline)")
                else:
                    cells.append(f"{row['score']:6.2f} p={row['p']:.4f}{'*' if row['significant'] else ' '}")
            out.append(f"  {name:<{wsys}}" + "".join(f"  {c:>17}" for c in cells))
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"
