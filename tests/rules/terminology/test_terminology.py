from __future__ import annotations

import json

import tqcheck
from tqcheck.cli import main
from tqcheck.glossary import Entry, Glossary
from tests.conftest import ROOT
from tests.rules._run import issues, spans

G = Glossary((
    Entry("Under Secretary of Defense for Policy", "负责政策的国防部副部长", ("Deputy Secretary of Defense for Policy",)),
    Entry("EU-China summit", "中欧峰会", (), True),
    Entry("ASEAN", "东盟", (), True),
    Entry("cybersecurity", "网络安全"),
))


def test_missing_reports_the_source_term_once():
    got = issues("terminology.missing", "Kallas went to the summit. The summit ended.",
                 source="卡拉斯出席中欧峰会。中欧峰会结束。", glossary=G)
    assert [(i.side, i.start, i.end) for i in got] == [("source", 5, 9)]
    assert "EU-China summit" in got[0].message


def test_missing_needs_a_source():
    assert issues("terminology.missing", "Kallas went to the summit.", glossary=G) == []


def test_case_insensitive_term_is_reported_only_when_the_text_mixes_forms():
    assert spans("terminology.inconsistent", "Cybersecurity rules.", glossary=G) == []
    assert spans("terminology.inconsistent", "The CyberSecurity and cybersecurity rules.", glossary=G) == ["CyberSecurity"]


def test_acronym_in_lower_case_is_another_word():
    # "us" is not a miswritten "US": an all-lower-case form of an acronym term is left alone
    us = Glossary((Entry("US", None, (), True),))
    assert spans("terminology.inconsistent", "Tell us about the US.", glossary=us) == []
    assert spans("terminology.inconsistent", "Tell us about the Us.", glossary=us) == ["Us"]


def test_api_and_cli_take_a_glossary(tmp_path, capsys):
    text = "Deputy Secretary of Defense for Policy Elbridge Colby agrees."
    report = tqcheck.check(text, glossary={"entries": [{"target": "Under Secretary of Defense for Policy",
                                                         "forbidden": ["Deputy Secretary of Defense for Policy"]}]})
    assert [i.rule for i in report.issues] == ["terminology.forbidden"]
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    rc = main(["check", str(path), "--no-config", "--format", "json",
               "--glossary", str(ROOT / "references" / "article.glossary.tsv")])
    out = json.loads(capsys.readouterr().out)
    doc = out[0] if isinstance(out, list) else out
    assert rc == 1
    assert [i["rule"] for i in doc["issues"]] == ["terminology.forbidden"]
    rc = main(["check", str(path), "--no-config", "--glossary", str(tmp_path / "none.tsv")])
    assert rc == 2
    assert "cannot read glossary" in capsys.readouterr().err


def test_settings_file_names_a_glossary_relative_to_itself(tmp_path, monkeypatch, capsys):
    (tmp_path / "terms.tsv").write_text("source\ttarget\tforbidden\n\tASEAN\tAsean\n", encoding="utf-8")
    (tmp_path / "tqcheck.toml").write_text('glossary = "terms.tsv"\n', encoding="utf-8")
    (tmp_path / "t.txt").write_text("Asean ministers met.", encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    monkeypatch.chdir(sub)
    main(["check", str(tmp_path / "t.txt"), "--format", "json"])
    out = json.loads(capsys.readouterr().out)
    doc = out[0] if isinstance(out, list) else out
    assert [i["rule"] for i in doc["issues"]] == ["terminology.forbidden"]


def test_terminology_rules_are_skipped_without_a_glossary():
    report = tqcheck.check("Deputy Secretary of Defense for Policy Elbridge Colby agrees.")
    assert not [i for i in report.issues if i.rule.startswith("terminology")]


def test_a_checked_text_and_source_are_freed_after_glossary_checks():
    import gc

    from tqcheck.checker import run
    from tqcheck.config import Config
    from tqcheck.rules import all_rules
    from tqcheck.text import Document
    from tqcheck.unit import Unit

    freed = []

    class Tracked(Document):
        def __del__(self) -> None:
            freed.append(self.lang)

    target = Tracked("Deputy Secretary of Defense for Policy Colby spoke at the EU-China Summit.", "en")
    source = Tracked("负责政策的国防部副部长科尔比在中欧峰会上讲话。", "zh")
    unit = Unit(target, source=source, resources={"glossary": G})
    assert any(i.rule.startswith("terminology.") for i in run(unit, Config().select(all_rules())))
    del target, source, unit
    gc.collect()
    assert sorted(freed) == ["en", "zh"]
