"""``tqcheck check TARGET --source SOURCE``."""

import json

from tqcheck.cli import main

from ..conftest import FIXTURES, assert_valid_report

ZH = FIXTURES / "translation" / "article.zh.txt"
EN = FIXTURES / "translation" / "article.en.txt"


def test_source_enables_the_translation_checks(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_text(EN.read_text(encoding="utf-8").replace("11.5 percent", "15.5 percent"), encoding="utf-8")
    code = main(["check", str(bad), "--source", str(ZH), "--no-config", "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert_valid_report(report)
    assert code == 0  # translation.numbers.changed is advice by default (docs/evidence.md)
    assert [i["rule"] for i in report["issues"] if i["rule"].startswith("translation.")] == ["translation.numbers.changed"]
    assert report["source"]["paragraphs"] == 3
    assert report["alignment"]["pairs"]


def test_source_issues_are_marked_in_text_output(tmp_path, capsys):
    target = tmp_path / "t.txt"
    target.write_text("The accident killed several people.\n", encoding="utf-8")
    source = tmp_path / "s.txt"
    source.write_text("事故造成12人死亡。\n", encoding="utf-8")
    main(["check", str(target), "--source", str(source), "--no-config"])
    out = capsys.readouterr().out
    # a number left out is advice until it beats chance against human judgement (docs/evidence.md)
    assert f"{target}:1:5 (source)  advice  translation.numbers.missing" in out


def test_source_needs_exactly_one_target(tmp_path, capsys):
    assert main(["check", str(EN), str(EN), "--source", str(ZH), "--no-config"]) == 2
    assert "exactly one translation" in capsys.readouterr().err
    assert main(["check", str(EN), "--source", str(tmp_path / "missing.txt"), "--no-config"]) == 2
    assert "no such file" in capsys.readouterr().err
