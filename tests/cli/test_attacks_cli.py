"""Attack suite, command-line side (issue 16: findings 8, 9 and 15).

Careless or hostile input to ``tqcheck check`` ends with exit 2 and a
message that says what and where, never a traceback (and never exit 1,
which means "issues found").
"""

from __future__ import annotations

import pytest

from tqcheck.cli import main

TEXT = "The minister said on Monday that the talks would continue next week.\n"


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def run(argv, capsys):
    code = main(argv)
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err


# -- 8. deep nesting and rule options of the wrong type ------------------------------
def test_8_deep_json_glossary_and_bad_rule_options_exit_2(tmp_path, article, capsys):
    deep = tmp_path / "deep.json"
    deep.write_text('{"entries": ' + "[" * 1000 + "]" * 1000 + "}", encoding="utf-8")
    code, err = run(["check", str(article), "--no-config", "-j", "1", "--glossary", str(deep)], capsys)
    assert code == 2 and f"{deep}: not a glossary: the JSON is nested too deeply" in err

    cfg = tmp_path / "tqcheck.toml"
    cfg.write_text('[rules."style.length.sentence"]\nmax_words = "x"\nmax_wrods = 3\n', encoding="utf-8")
    code, err = run(["check", str(article), "--config", str(cfg), "-j", "1"], capsys)
    assert code == 2
    assert "rules.style.length.sentence.max_words: must be a whole number, not string 'x'" in err
    assert "rules.style.length.sentence.max_wrods: unknown option" in err

    cfg.write_text("words = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    code, err = run(["rules", "--config", str(cfg)], capsys)
    assert code == 2 and str(cfg) in err


# -- 9. no NaN or Infinity from settings files or flags -------------------------------
@pytest.mark.parametrize("toml, where", [
    ("threshold = nan\n", "/threshold"),
    ("threshold = inf\n", "/threshold"),
    ("[weights]\nmajor = -inf\n", "/weights/major"),
    ('[rules."language.mismatch"]\nmin_confidence = nan\n', "/rules/language.mismatch/min_confidence"),
])
def test_9_non_finite_settings_exit_2(tmp_path, article, capsys, toml, where):
    cfg = tmp_path / "tqcheck.toml"
    cfg.write_text(toml, encoding="utf-8")
    code, err = run(["check", str(article), "--config", str(cfg), "-j", "1"], capsys)
    assert code == 2 and where in err and "not a finite number" in err


@pytest.mark.parametrize("value", ["nan", "inf", "-Infinity"])
def test_9_non_finite_threshold_flag_exits_2(article, capsys, value):
    code, err = run(["check", str(article), "--no-config", "-j", "1", f"--threshold={value}"], capsys)
    assert code == 2 and "threshold must be a finite number" in err


# -- 15. external entities in XLIFF and TMX do not vanish from the target ----------------
XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE xliff [
  <!ENTITY ext SYSTEM "file:///etc/hostname">
  <!ENTITY company "Acme Corp">
]>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="a" source-language="zh" target-language="en" datatype="plaintext"><body>
<trans-unit id="u1"><source>你好</source><target>Hello &ext; world.</target></trans-unit>
<trans-unit id="u2"><source>你好</source><target>Hello from &company;.</target></trans-unit>
</body></file></xliff>
"""

TMX = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx [ <!ENTITY ext PUBLIC "-//x//y" "http://127.0.0.1:9/x"> ]>
<tmx version="1.4"><header srclang="zh" datatype="plaintext" segtype="sentence" adminlang="en"
 creationtool="t" creationtoolversion="1" o-tmf="t"/>
<body><tu tuid="t1"><tuv xml:lang="zh"><seg>你好</seg></tuv><tuv xml:lang="en"><seg>Hello &ext;.</seg></tuv></tu>
<tu tuid="t2"><tuv xml:lang="zh"><seg>你好</seg></tuv><tuv xml:lang="en"><seg>Hello there.</seg></tuv></tu></body></tmx>
"""


def test_15_external_entities_make_an_error_record_that_names_the_unit(tmp_path, capsys):
    import json

    (tmp_path / "a.xlf").write_text(XLIFF, encoding="utf-8")
    (tmp_path / "b.tmx").write_text(TMX, encoding="utf-8")
    code = main(["check", str(tmp_path / "a.xlf"), str(tmp_path / "b.tmx"), "--no-config", "-j", "1",
                 "--format", "jsonl", "-q"])
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == 2
    errors = {r["segment"]: r["error"] for r in records if r["type"] == "error"}
    assert set(errors) == {"u1", "t1"}
    assert "&ext;" in errors["u1"] and "does not read external entities" in errors["u1"]
    checked = {r["segment"] for r in records if r["type"] == "checked"}
    assert checked == {"u2", "t2"}  # the internal entity is expanded and checked
