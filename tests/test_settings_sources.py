"""Settings errors name the setting (``rules.<id>.<key>``) and where the bad
value came from (the settings file, a flag, the request); the allowed values
of profile, fail_on and dialect have one source."""

from __future__ import annotations

import pytest

import tqcheck
from tqcheck.cli import main
from tqcheck.config import DIALECTS, FAIL_ON, PROFILES
from tqcheck.errors import ConfigError
from tqcheck.resources import schema


def test_the_schemas_allow_exactly_the_values_the_code_does():
    config = schema("config")["properties"]
    assert tuple(config["profile"]["enum"]) == PROFILES
    assert tuple(config["fail_on"]["enum"]) == FAIL_ON
    assert tuple(config["dialect"]["enum"]) == DIALECTS
    assert tuple(schema("check-request")["properties"]["profile"]["enum"]) == PROFILES


def test_the_cli_offers_the_same_choices(capsys):
    main(["check", "--help"])
    out = capsys.readouterr().out
    for name, values in (("--profile", PROFILES), ("--fail-on", FAIL_ON), ("--dialect", DIALECTS)):
        assert f"{name} {{{','.join(values)}}}" in out


@pytest.fixture
def text(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("Hello world.\n", encoding="utf-8")
    return path


def test_a_misspelled_rule_option_in_the_file_is_named(tmp_path, text, capsys):
    cfg = tmp_path / "tqcheck.toml"
    cfg.write_text('[rules."style.length.sentence"]\nmax_word = 3\n', encoding="utf-8")
    assert main(["check", "--config", str(cfg), str(text)]) == 2
    err = capsys.readouterr().err
    assert str(cfg) in err and "rules.style.length.sentence.max_word" in err and "max_words" in err
    cfg.write_text('[rules."style.length.sentence"]\nmax_words = "x"\n', encoding="utf-8")
    assert main(["check", "--config", str(cfg), str(text)]) == 2
    assert "rules.style.length.sentence.max_words: must be a whole number" in capsys.readouterr().err


def test_a_bad_disable_flag_is_blamed_on_the_flag_not_the_file(tmp_path, text, capsys):
    cfg = tmp_path / "tqcheck.toml"
    cfg.write_text('profile = "news"\n', encoding="utf-8")
    assert main(["check", "--config", str(cfg), "--disable", "nosuch.rule", str(text)]) == 2
    err = capsys.readouterr().err
    assert "--disable: no rule or rule group is called 'nosuch.rule'" in err and str(cfg) not in err
    assert main(["check", "--config", str(cfg), "--enable", "nosuch", str(text)]) == 2
    assert "--enable: no rule" in capsys.readouterr().err
    # a bad name in the file is still the file's
    cfg.write_text('disable = ["nosuch.rule"]\n', encoding="utf-8")
    assert main(["check", "--config", str(cfg), "--disable", "style", str(text)]) == 2
    assert f"{cfg}: no rule or rule group is called 'nosuch.rule'" in capsys.readouterr().err


def test_the_python_api_blames_its_argument():
    with pytest.raises(ConfigError) as info:
        tqcheck.check("Hello.", disable=["nosuch.rule"])
    assert str(info.value).startswith("the disable= argument: ")


def test_the_api_names_the_pointer_of_a_bad_rule_option():
    from tqcheck.web import create_app

    client = create_app({}).test_client()
    resp = client.post("/api/v1/check", json={"text": "Hi there.", "options": {
        "rules": {"style.length.sentence": {"max_word": 3}}}})
    assert resp.status_code == 400
    (error,) = resp.get_json()["errors"]
    assert error["pointer"] == "/options/rules/style.length.sentence/max_word"
    assert error["message"].startswith("rules.style.length.sentence.max_word: unknown option")
    resp = client.post("/api/v1/check", json={"text": "Hi there.", "disable": ["nosuch"]})
    assert resp.get_json()["errors"][0]["pointer"] == "/disable/0"
