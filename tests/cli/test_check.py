import json
import subprocess
import sys

from tqcheck.cli import main

from ..conftest import ROOT, assert_valid_report

SAMPLE = str(ROOT / "examples" / "article.txt")


def test_text_format_is_compiler_style(capsys):
    code = main(["check", SAMPLE, "--no-config"])
    out = capsys.readouterr().out
    assert code == 1  # a major issue, default --fail-on major
    lines = out.splitlines()
    # other families report earlier lines too; find the quotation issue's block
    at = lines.index(f"{SAMPLE}:19:11  major  punctuation.quotes.unbalanced  This opening quotation mark is never closed.")
    assert lines[at + 1].startswith("   19 | She said, \"Many Asian")
    caret_line = lines[at + 2]
    assert caret_line.index("^") == lines[at + 1].index('"')
    # without the glossary the sample's one major error is the unclosed quote; its score passes
    assert lines[-1].startswith(f"{SAMPLE}: FAIL: 1 error is major or worse (--fail-on major), though score ")


def verdict(capsys, *argv):
    code = main(["check", SAMPLE, "--no-config", *argv])
    return code, capsys.readouterr().out.splitlines()[-1]


def test_the_exit_status_follows_the_one_verdict(capsys):
    # without the glossary the sample scores above 90 and has one major error
    code, line = verdict(capsys)
    assert code == 1 and ": FAIL: 1 error is major or worse (--fail-on major), though score" in line
    code, line = verdict(capsys, "--fail-on", "critical")
    assert code == 0 and ": PASS: score" in line and "no error is critical" in line
    code, line = verdict(capsys, "--threshold", "99")
    assert code == 1 and ": FAIL: score" in line and "is below the pass mark 99, and 1 error is major" in line
    code, line = verdict(capsys, "--fail-on", "critical", "--threshold", "99")
    assert code == 1 and ": FAIL: score" in line and "though no error is critical" in line


def test_json_format_validates(capsys):
    main(["check", SAMPLE, "--no-config", "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert_valid_report(report)
    assert "punctuation.quotes.unbalanced" in [i["rule"] for i in report["issues"]]


def test_several_inputs_give_an_array(tmp_path, capsys):
    clean = tmp_path / "clean.txt"
    clean.write_text("The summit ended on Thursday.\n", encoding="utf-8")
    main(["check", SAMPLE, str(clean), "--no-config", "--format", "json"])
    reports = json.loads(capsys.readouterr().out)
    assert [r["input"]["name"] for r in reports] == [SAMPLE, str(clean)]
    assert reports[1]["issues"] == []


def test_invalid_utf8_names_file_and_byte_offset(tmp_path, capsys):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Line one\nCaf\xe9 au lait".encode("latin-1"))
    code = main(["check", str(bad), "--no-config"])
    err = capsys.readouterr().err
    assert code == 2
    assert f"{bad}: not valid UTF-8: byte 0xe9 at byte offset 12 (line 2)" in err
    assert "Traceback" not in err


def test_missing_file_empty_folder_and_empty_file(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    (tmp_path / "nothing").mkdir()  # folders are searched; one with nothing to check is an error
    assert main(["check", str(tmp_path / "nope.txt"), str(tmp_path / "nothing"), str(empty), "--no-config"]) == 2
    err = capsys.readouterr().err
    assert "nope.txt: no such file" in err
    assert "nothing: no files to check in this folder" in err
    assert "empty.txt: text is empty" in err


def test_usage_errors_exit_2(capsys):
    assert main(["check"]) == 2
    assert main(["check", SAMPLE, "--fail-on", "sometimes"]) == 2
    assert main(["check", SAMPLE, "--no-config", "--disable", "no.such.rule"]) == 2
    assert "no rule or rule group is called 'no.such.rule'" in capsys.readouterr().err


def test_config_file_is_discovered_from_working_directory(tmp_path, monkeypatch, capsys):
    (tmp_path / "tqcheck.toml").write_text('disable = ["punctuation.quotes", "consistency", "style"]\n')
    monkeypatch.chdir(tmp_path)
    assert main(["check", SAMPLE]) == 0
    assert main(["check", SAMPLE, "--no-config"]) == 1


def test_stdin_and_bom_and_module_entry_point():
    data = "\ufeffHe said \"yes.\n".encode("utf-8")
    proc = subprocess.run([sys.executable, "-m", "tqcheck", "check", "-", "--no-config"], input=data,
                          capture_output=True, cwd=ROOT)
    assert proc.returncode == 1
    assert proc.stdout.decode().startswith("<stdin>:1:9  major  punctuation.quotes.unbalanced")


def test_rules_listing(capsys):
    assert main(["rules", "--no-config"]) == 0
    out = capsys.readouterr().out
    assert "punctuation.quotes.unbalanced" in out and "fluency/punctuation" in out
    main(["rules", "--no-config", "--format", "json", "--disable", "language"])
    rows = json.loads(capsys.readouterr().out)
    by_id = {r["id"]: r for r in rows}
    assert by_id["language.mismatch"]["enabled"] is False
    assert by_id["punctuation.quotes.unbalanced"]["severity"] == "major"
    assert by_id["punctuation.quotes.unbalanced"]["evidence"]["lift"] > 1.5
    assert by_id["style.wordy.phrase"]["severity"] == "neutral"


def test_advice_follows_the_errors_under_its_own_heading(tmp_path, capsys):
    doc = tmp_path / "d.txt"
    doc.write_text('But she said, "It is over.\n', encoding="utf-8")
    assert main(["check", str(doc), "--no-config"]) == 1
    lines = capsys.readouterr().out.splitlines()
    heading = lines.index(f"{doc}: advice (1; house style, not counted in the score):")
    # the advice comes first in the text, yet is listed after the error
    assert any(f"{doc}:1:15  major  punctuation.quotes.unbalanced" in line for line in lines[:heading])
    assert lines[heading + 1].startswith(f"{doc}:1:1  advice  style.conjunction.start  ")
    assert lines[-2] == f"{doc}: 2 issues: 1 error (1 major), 1 advice; 6 words; MQM penalty 5 (833.3 per 1,000 words)"
    assert lines[-1] == f"{doc}: FAIL: score 80.0/100 is below the pass mark 90, and 1 error is major or worse (--fail-on major)"
