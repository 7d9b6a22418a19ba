from __future__ import annotations

import pytest

from tqcheck.cli import build_parser, main


def test_serve_is_a_command_with_its_options():
    args = build_parser().parse_args(["serve", "--port", "9999", "--max-text-bytes", "10"])
    assert args.port == 9999 and args.max_text_bytes == 10 and args.host == "127.0.0.1"


def test_serve_runs_the_app_with_its_options(monkeypatch, tmp_path):
    from flask import Flask

    cfg = tmp_path / "tqcheck.toml"
    cfg.write_text("threshold = 80\n", encoding="utf-8")
    ran = {}

    def fake_run(self, host, port, debug, use_reloader):
        ran.update(host=host, port=port, service=self.extensions["tqcheck"])

    monkeypatch.setattr(Flask, "run", fake_run)
    assert main(["serve", "--port", "8123", "--config", str(cfg), "--max-text-bytes", "99",
                 "--max-score-bytes", "42"]) == 0
    assert ran["port"] == 8123 and ran["host"] == "127.0.0.1"
    assert ran["service"].settings.max_text_bytes == 99
    assert ran["service"].settings.max_score_bytes == 42
    assert ran["service"].settings.base_config == {"threshold": 80}


def test_serve_with_a_bad_config_is_exit_2(tmp_path, capsys):
    cfg = tmp_path / "tqcheck.toml"
    cfg.write_text('profile = "x"\n', encoding="utf-8")
    assert main(["serve", "--config", str(cfg)]) == 2
    assert "tqcheck: error" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["serve", "--port", "x"]])
def test_serve_usage_errors(argv):
    assert main(argv) == 2
