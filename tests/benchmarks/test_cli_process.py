"""benchmarks/cli_process.py --warm: every timed run checks a document its cache has never seen."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import cli_process  # noqa: E402


def test_warm_checks_another_document_and_each_run_gets_a_fresh_copy(tmp_path, monkeypatch, capsys):
    doc, other = tmp_path / "doc.txt", tmp_path / "other.txt"
    doc.write_text("A document.\n")
    other.write_text("Another document.\n")
    runs: list[tuple[str, Path]] = []

    def fake_cpu_of(cmd, env, cwd):
        cache = Path(env["TQCHECK_CACHE_DIR"])
        checked = cmd[-1]
        if checked == str(other.resolve()):
            (cache / "warmed").write_text("")
        else:
            # the warmed cache, and nothing an earlier timed run added
            assert (cache / "warmed").exists() and not (cache / "timed").exists()
            (cache / "timed").write_text("")
        runs.append((checked, cache))
        return 0.5, 0

    monkeypatch.setattr(cli_process, "cpu_of", fake_cpu_of)
    monkeypatch.setattr(cli_process, "become_subreaper", lambda: None)
    monkeypatch.setattr(sys, "argv", ["cli_process.py", str(doc), "--warm", str(other), "--runs", "3"])
    cli_process.main()
    assert [r[0] for r in runs] == [str(other.resolve())] + [str(doc.resolve())] * 3
    caches = [r[1] for r in runs[1:]]
    assert len(set(caches)) == 3 and runs[0][1] not in caches
    assert not any(c.exists() for c in caches)  # each copy removed after its run
    assert "unseen" in capsys.readouterr().out


def test_without_warm_the_timed_file_warms_its_own_cache(tmp_path, monkeypatch, capsys):
    doc = tmp_path / "doc.txt"
    doc.write_text("A document.\n")
    runs: list[tuple[str, str]] = []
    monkeypatch.setattr(cli_process, "cpu_of", lambda cmd, env, cwd: runs.append((cmd[-1], env["TQCHECK_CACHE_DIR"]))
                        or (0.5, 0))
    monkeypatch.setattr(cli_process, "become_subreaper", lambda: None)
    monkeypatch.setattr(sys, "argv", ["cli_process.py", str(doc), "--runs", "2"])
    cli_process.main()
    assert len(set(runs)) == 1 and len(runs) == 3
    assert "checked again" in capsys.readouterr().out
