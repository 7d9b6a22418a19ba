"""Every rule documents itself: rationale, options, examples; the generated
docs/rules.md is the command's output; every surface shows the same doc."""

from __future__ import annotations

import json
import re

import pytest

from tests.conftest import ROOT
from tqcheck import ruledoc
from tqcheck.cli import main
from tqcheck.rule import Option, custom, good
from tqcheck.rules import all_rules

RULES = sorted(all_rules(), key=lambda r: r.id)
DOCS_MD = ROOT / "docs" / "rules.md"


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_every_registered_rule_has_a_rationale(rule):
    assert rule.rationale.strip(), f"{rule.id}: add its rationale to tqcheck/rules/{rule.family}/_docs.py"
    assert len(rule.rationale) <= 600, f"{rule.id}: keep the rationale short"
    assert rule.link is None or re.match(r"https://[^\s]+$", rule.link)


def test_the_docs_tables_name_only_registered_rules():
    import importlib

    from tqcheck.rules import FAMILIES

    known = {r.id for r in RULES}
    for family in FAMILIES:
        docs = importlib.import_module(f"tqcheck.rules.{family}._docs").DOCS
        assert set(docs) <= known, set(docs) - known


def test_a_rule_without_a_rationale_still_constructs():
    rule = custom("style.test.x", lambda unit, options: (), category="style/awkward", severity="neutral",
                  message="m", description="d", examples=[good("x")], options={"n": Option(3, int, minimum=1)})
    assert rule.rationale == "" and rule.link is None
    assert rule.option_specs["n"].minimum == 1


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_tqcheck_rules_id_documents_every_rule(rule, capsys):
    assert main(["rules", rule.id]) == 0
    text = capsys.readouterr().out
    assert text.startswith(rule.id + "\n")
    for needle in (rule.category, rule.severity, rule.description, rule.rationale, "Flagged", "Left alone"):
        assert needle in text
    for name, spec in rule.option_specs.items():
        assert f"{name}: " in text and f"default {json.dumps(spec.default)}" in text
    bad = [e for e in rule.examples if e.is_bad]
    assert text.count("⟦") >= len(bad)
    assert main(["rules", rule.id, "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc == json.loads(json.dumps(ruledoc.rule_doc(rule.id)))
    assert len(doc["examples"]["bad"]) == len(bad)
    assert len(doc["examples"]["good"]) == len(rule.examples) - len(bad)
    for e in doc["examples"]["bad"]:
        s, t = e["span"]
        shown = e["source"] if e["side"] == "source" else e["text"]
        assert e["marked"] == shown[:s] + "⟦" + shown[s:t] + "⟧" + shown[t:]


def test_an_unknown_rule_id_is_a_usage_error_with_suggestions(capsys):
    assert main(["rules", "style.atribution.said-that"]) == 2
    err = capsys.readouterr().err
    assert "no rule is called 'style.atribution.said-that'" in err and "style.attribution.said-that" in err


def test_docs_rules_md_is_up_to_date(capsys):
    assert main(["rules", "--format", "markdown"]) == 0
    generated = capsys.readouterr().out
    assert DOCS_MD.read_text(encoding="utf-8") == generated, (
        "docs/rules.md is out of date: run `tqcheck rules --format markdown > docs/rules.md`")
    for rule in RULES:
        assert f"### {rule.id}\n" in generated


def test_the_markdown_ignores_local_settings(tmp_path, monkeypatch, capsys):
    (tmp_path / "tqcheck.toml").write_text('profile = "general"\ndisable = ["style"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["rules", "--format", "markdown"]) == 0
    assert capsys.readouterr().out == DOCS_MD.read_text(encoding="utf-8")
