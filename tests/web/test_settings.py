from __future__ import annotations

import pytest

from tqcheck.errors import ConfigError
from tqcheck.web import create_app
from tqcheck.web import settings as settings_mod


def test_environment_variables_configure_the_server(tmp_path):
    cfg = tmp_path / "tqcheck.toml"
    cfg.write_text('disable = ["punctuation.quotes"]\nthreshold = 75\n', encoding="utf-8")
    s = settings_mod.load(environ={"TQCHECK_MAX_TEXT_BYTES": "5000", "TQCHECK_CONFIG": str(cfg),
                                   "TQCHECK_CHECKER_CACHE": "3"})
    assert s.max_text_bytes == 5000 and s.checker_cache == 3
    assert s.base_config == {"disable": ["punctuation.quotes"], "threshold": 75}
    assert s.max_body_bytes > s.max_text_bytes


def test_the_config_file_sets_the_servers_defaults_and_requests_override_them(tmp_path, monkeypatch):
    cfg = tmp_path / "pyproject.toml"
    cfg.write_text('[tool.tqcheck]\ndisable = ["punctuation.quotes"]\nthreshold = 75\n', encoding="utf-8")
    monkeypatch.setenv("TQCHECK_CONFIG", str(cfg))
    client = create_app(warm=False).test_client()
    text = 'He said, "yes.'
    report = client.post("/api/v1/check", json={"text": text}).get_json()
    assert report["issues"] == [] and report["quality"]["threshold"] == 75
    report = client.post("/api/v1/check", json={"text": text, "enable": ["punctuation.quotes"]}).get_json()
    assert [i["rule"] for i in report["issues"]] == ["punctuation.quotes.unbalanced"]
    report = client.post("/api/v1/check", json={"text": text, "options": {"threshold": 95}}).get_json()
    assert report["quality"]["threshold"] == 95 and report["issues"] == []
    off = {r["id"]: r["enabled"] for r in client.get("/api/v1/rules").get_json()["rules"]}
    assert off["punctuation.quotes.unbalanced"] is False and off["punctuation.brackets.unbalanced"] is True


@pytest.mark.parametrize("environ, message", [
    ({"TQCHECK_MAX_TEXT_BYTES": "lots"}, "whole number"),
    ({"TQCHECK_MAX_TEXT_BYTES": "0"}, "at least 1"),
    ({"TQCHECK_CHECKER_CACHE": "-1"}, "at least 1"),
    ({"TQCHECK_CONFIG": "/nonexistent/tqcheck.toml"}, "cannot read"),
])
def test_bad_settings_stop_the_server_at_start(environ, message):
    with pytest.raises(ConfigError, match=message):
        settings_mod.load(environ=environ)


def test_bad_config_file_stops_the_server_at_start(tmp_path):
    cfg = tmp_path / "tqcheck.toml"
    cfg.write_text('profile = "poetry"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="profile"):
        create_app({"config_path": str(cfg)}, warm=False)
    cfg.write_text("not toml [", encoding="utf-8")
    with pytest.raises(ConfigError, match="TOML"):
        create_app({"config_path": str(cfg)}, warm=False)


def test_unknown_override_is_refused():
    with pytest.raises(ConfigError, match="unknown server setting"):
        settings_mod.load({"max_text": 5}, environ={})


def test_resources_are_warm_after_create_app(app):
    from tqcheck import langid

    assert langid._READY


def test_the_servers_own_word_lists_and_glossary_are_read_once_at_start(tmp_path, monkeypatch):
    (tmp_path / "names.txt").write_text("Kallasz\n", encoding="utf-8")
    (tmp_path / "terms.tsv").write_text("source\ttarget\tforbidden\n部长\tminister\tsecretary\n", encoding="utf-8")
    cfg = tmp_path / "tqcheck.toml"
    cfg.write_text('words_files = ["names.txt"]\nglossary = "terms.tsv"\n', encoding="utf-8")
    client = create_app({"config_path": str(cfg)}, warm=False).test_client()

    def no_reading(*args, **kwargs):
        raise AssertionError("read a file after start-up")

    monkeypatch.setattr("tqcheck.lexicon.userwords.read_words_file", no_reading)
    monkeypatch.setattr("tqcheck.glossary.read.load", no_reading)
    for options in ({}, {"profile": "general"}, {"options": {"words": ["Zorblat"]}}):
        body = {"text": "Kallasz met the secretary today.", **options}
        rules = [i["rule"] for i in client.post("/api/v1/check", json=body).get_json()["issues"]]
        assert "terminology.forbidden" in rules and "spelling.misspelled" not in rules


def test_a_requests_rule_switches_win_over_the_servers(tmp_path):
    cfg = tmp_path / "tqcheck.toml"
    server_switches = ", ".join(['"style"'] * 300)
    cfg.write_text(f'disable = ["punctuation.quotes"]\nenable = [{server_switches}]\n', encoding="utf-8")
    client = create_app({"config_path": str(cfg)}, warm=False).test_client()
    # 300 + 300 switches: each list within its cap, and the request's enable beats the server's disable
    body = {"text": 'He said, "yes.', "options": {"enable": ["punctuation.quotes"] * 300}}
    r = client.post("/api/v1/check", json=body)
    assert r.status_code == 200, r.get_json()
    assert "punctuation.quotes.unbalanced" in [i["rule"] for i in r.get_json()["issues"]]
