"""``tqcheck check`` end to end: formats in and out, exit codes, --output,
--jobs, standard input, and nothing lost."""

from __future__ import annotations

import io
import json
import sys

import pytest

from tqcheck.cli import main
from tqcheck.resources import validation_errors
from tests.conftest import FIXTURES, assert_valid_report

#: only the punctuation family, so that issue counts do not move as families are added
PUNCT = ["--disable", "*", "--enable", "punctuation"]
CLEAN = "The minister arrived in Beijing on Monday."
MINOR = "Hello ,world and welcome to the city."
MAJOR = 'He said, "Hello and welcome to the city.'


def jsonl(path, rows) -> str:
    path.write_text("".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                    encoding="utf-8")
    return str(path)


def records(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def test_one_document_prints_issues_and_verdict_without_a_run_summary(tmp_path, capsys):
    doc = tmp_path / "doc.txt"
    doc.write_text(MAJOR, encoding="utf-8")
    assert main(["check", "--no-config", *PUNCT, str(doc)]) == 1
    out = capsys.readouterr().out
    assert f"{doc}:1:10  major  punctuation.quotes.unbalanced" in out
    assert f"{doc}: FAIL: score 80.0/100 is below the pass mark 90, and 1 error is major or worse" in out
    assert "Checked" not in out


def test_clean_document_exits_0(tmp_path, capsys):
    doc = tmp_path / "doc.txt"
    doc.write_text(CLEAN, encoding="utf-8")
    assert main(["check", "--no-config", *PUNCT, str(doc)]) == 0


def test_segments_in_text_format_point_at_file_line_and_id(tmp_path, capsys):
    path = jsonl(tmp_path / "s.jsonl", [{"id": "a", "target": CLEAN}, {"id": "b", "target": MINOR}])
    assert main(["check", "--no-config", *PUNCT, "--fail-on", "major", path]) == 0  # minor only
    out = capsys.readouterr().out
    assert f"{path}:2 [b 1:6]  minor  punctuation.spacing.before-mark" in out
    assert "Checked 1 file, 2 segments (2 checked)" in out
    assert "MQM pass rate:" in out


def test_jsonl_out_has_one_record_per_record_in_even_with_bad_lines(tmp_path, capsys):
    path = jsonl(tmp_path / "s.jsonl", [
        {"id": "a", "source": "你好。", "target": CLEAN, "references": [CLEAN]},
        "this is not json\n",
        {"id": "c", "target": ""},
        {"id": "d", "target": MAJOR},
    ])
    code = main(["check", "--no-config", *PUNCT, "--format", "jsonl", path])
    captured = capsys.readouterr()
    assert code == 2  # a line could not be read
    recs = records(captured.out)
    assert [r["type"] for r in recs] == ["checked", "error", "skipped", "checked", "summary"]
    assert recs[1] == {"type": "error", "file": path, "line": 2, "segment": None,
                       "error": "not valid JSON: Expecting value (column 1)"}
    assert recs[3]["segment"] == "d" and recs[3]["report"]["issues"][0]["segment"] == "d"
    for r in recs:
        assert validation_errors("batch-record", r) == []
    summary = recs[-1]["summary"]
    assert (summary["records"], summary["checked"], summary["skipped"], summary["errors"]) == (4, 2, 1, 1)
    assert summary["by_severity"]["major"] == 1
    assert "Checked 1 file, 4 segments" in captured.err  # the summary for people goes to stderr


def test_json_is_one_report_per_file(tmp_path, capsys):
    seg = jsonl(tmp_path / "s.jsonl", [{"id": "a", "target": MINOR}, "{bad\n", {"id": "c", "target": MAJOR}])
    doc = tmp_path / "doc.txt"
    doc.write_text(MAJOR, encoding="utf-8")
    assert main(["check", "--no-config", *PUNCT, "--format", "json", seg]) == 2
    report = json.loads(capsys.readouterr().out)
    assert_valid_report(report)
    assert report["input"] == {"name": seg, "format": "jsonl"}
    assert report["segments"] == [{"id": "a", "words": 7, "issues": 2, "penalty": 1.0, "score": 95.24},
                                  {"id": "c", "words": 8, "issues": 1, "penalty": 5.0, "score": 80.0}]
    assert report["skipped"] == []
    assert report["errors"][0]["line"] == 2
    assert [i["segment"] for i in report["issues"]] == ["a", "a", "c"]
    assert report["quality"]["by_severity"]["major"] == 1
    assert main(["check", "--no-config", *PUNCT, "--format", "json", seg, str(doc)]) == 2
    both = json.loads(capsys.readouterr().out)
    assert [r["input"]["name"] for r in both] == [seg, str(doc)]
    for r in both:
        assert_valid_report(r)


def test_csv_rows(tmp_path, capsys):
    path = jsonl(tmp_path / "s.jsonl", [{"id": "a", "target": MINOR}, "[]\n"])
    main(["check", "--no-config", *PUNCT, "--format", "csv", path])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("file,line,segment,status,words,issues,critical,major,minor")
    # a space before the comma is an error (minor); none after it is advice (neutral, docs/evidence.md)
    assert lines[1].startswith(f"{path},1,a,checked,7,2,0,0,1,1,1.0,")
    assert lines[1].endswith(",95.24,yes,punctuation.spacing.before-mark;punctuation.spacing.missing-after,")
    assert lines[2] == f"{path},2,,error,,,,,,,,,,,\"expected a JSON object, found list\""


def test_output_file_is_written_whole(tmp_path, capsys):
    path = jsonl(tmp_path / "s.jsonl", [{"target": CLEAN}])
    out = tmp_path / "report.jsonl"
    assert main(["check", "--no-config", *PUNCT, "--format", "jsonl", "-o", str(out), path]) == 0
    assert capsys.readouterr().out == ""
    assert [r["type"] for r in records(out.read_text(encoding="utf-8"))] == ["checked", "summary"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.jsonl", "s.jsonl"]  # no temporary left


def test_output_is_not_replaced_when_the_run_fails(tmp_path, monkeypatch, capsys):
    from tqcheck.render import jsonl as jsonl_render

    path = jsonl(tmp_path / "s.jsonl", [{"target": CLEAN}, {"target": MINOR}])
    out = tmp_path / "report.jsonl"
    out.write_text("previous\n", encoding="utf-8")

    def broken(self, record):
        self.out.write("half a rec")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(jsonl_render.Writer, "result", broken)
    with pytest.raises(OSError):
        main(["check", "--no-config", *PUNCT, "--format", "jsonl", "-o", str(out), path])
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.jsonl", "s.jsonl"]  # no temporary left


def test_output_into_a_missing_folder_is_a_clear_error(tmp_path, capsys):
    path = jsonl(tmp_path / "s.jsonl", [{"target": CLEAN}])
    assert main(["check", "--no-config", *PUNCT, "-o", str(tmp_path / "no" / "r.txt"), path]) == 2
    assert "cannot write the output: no such folder" in capsys.readouterr().err


def test_jobs_do_not_change_the_output(tmp_path, capsys):
    rows = [{"id": str(i), "target": [CLEAN, MINOR, MAJOR][i % 3]} for i in range(150)] + ["oops\n"]
    path = jsonl(tmp_path / "s.jsonl", rows)
    outs = []
    for jobs in ("1", "2"):
        main(["check", "--no-config", *PUNCT, "--format", "jsonl", "--jobs", jobs, path])
        recs = records(capsys.readouterr().out)
        for r in recs:
            r.get("summary", {}).pop("seconds", None)
            r.get("summary", {}).pop("records_per_second", None)
        outs.append(recs)
    assert outs[0] == outs[1]
    assert len(outs[0]) == 152


def test_stdin_with_an_input_format(monkeypatch, capsys):
    data = json.dumps({"id": "x", "target": MAJOR}) + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    assert main(["check", "--no-config", *PUNCT, "--input-format", "jsonl", "--format", "jsonl", "-q", "-"]) == 1
    captured = capsys.readouterr()
    recs = records(captured.out)
    assert recs[0]["file"] == "<stdin>" and recs[0]["segment"] == "x"
    assert captured.err == ""  # --quiet: no summary


def test_plain_text_stdin_is_one_document(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(MINOR.encode())))
    assert main(["check", "--no-config", *PUNCT, "-"]) == 0
    assert "<stdin>:1:6  minor" in capsys.readouterr().out


def test_unreadable_inputs_exit_2_and_are_named(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9")
    good = tmp_path / "good.txt"
    good.write_text(CLEAN, encoding="utf-8")
    assert main(["check", "--no-config", *PUNCT, str(bad), str(tmp_path / "missing.txt"), str(good)]) == 2
    captured = capsys.readouterr()
    assert f"tqcheck: error: {bad}: not valid UTF-8: byte 0xe9 at byte offset 3 (line 1)" in captured.err
    assert f"tqcheck: error: {tmp_path / 'missing.txt'}: no such file or directory" in captured.err
    assert f"{good}: 0 issues" in captured.out
    assert "Checked 3 files, 3 segments (1 checked, 2 unreadable)" in captured.out


def test_bilingual_folder_with_pairs_and_localisation_files(tmp_path, capsys):
    (tmp_path / "news.en.txt").write_text(MAJOR, encoding="utf-8")
    (tmp_path / "news.zh.txt").write_text("他说：“你好，欢迎来到这座城市。”", encoding="utf-8")
    for name in ("xliff12.xlf", "sample.po"):
        (tmp_path / name).write_bytes((FIXTURES / "formats" / name).read_bytes())
    assert main(["check", "--no-config", *PUNCT, "--format", "jsonl", "-q", str(tmp_path)]) == 1
    recs = records(capsys.readouterr().out)
    files = [r.get("file") for r in recs[:-1]]
    assert files == [str(tmp_path / "news.en.txt")] + [str(tmp_path / "sample.po")] * 4 + [str(tmp_path / "xliff12.xlf")] * 5
    assert recs[-1]["summary"]["files"] == 3
    assert [r["segment"] for r in recs if r.get("file", "").endswith(".xlf")] == \
        ["news.txt#s1", "s2", "brand", "s3", "other.txt#s1"]


def test_bad_jobs_value_is_a_usage_error(capsys):
    assert main(["check", "--jobs", "0", "x"]) == 2
    assert "must be 1 or more" in capsys.readouterr().err


def test_html_is_one_page_with_a_report_per_file(tmp_path, capsys):
    seg = jsonl(tmp_path / "s.jsonl", [{"id": "seg-9", "target": MAJOR}, "nope\n"])
    doc = tmp_path / "doc.txt"
    doc.write_text(MINOR, encoding="utf-8")
    out = tmp_path / "report.html"
    assert main(["check", "--no-config", *PUNCT, "--format", "html", "-q", "-o", str(out), seg, str(doc)]) == 2
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and page.count('<article class="tq-report"') == 2
    assert "segment seg-9, line 1, column 10" in page  # a segment's issue, named by its id
    assert '<mark class="tq-hl tq-minor"' in page  # the document's text, highlighted in place
    assert f"tqcheck: error: {seg}:2: not valid JSON" in capsys.readouterr().err


def _run_json(capsys, *argv) -> tuple[int, dict | list, str]:
    code = main(["check", "--no-config", *PUNCT, "--format", "json", *argv])
    captured = capsys.readouterr()
    return code, (json.loads(captured.out) if captured.out.strip() else None), captured.err


def test_explicit_source_and_references_reach_the_checker(tmp_path, capsys, monkeypatch):
    import tqcheck.batch.work as work

    seen = []
    real = work.Work.check

    def spy(self, rec):
        seen.append((rec.source, rec.references))
        return real(self, rec)

    monkeypatch.setattr(work.Work, "check", spy)
    doc, src, ref = tmp_path / "t.txt", tmp_path / "s.txt", tmp_path / "r.txt"
    doc.write_text(CLEAN, encoding="utf-8")
    src.write_text("部长周一抵达北京。", encoding="utf-8")
    ref.write_text("The minister reached Beijing on Monday.", encoding="utf-8")
    code, report, err = _run_json(capsys, str(doc), "--source", str(src), "-r", str(ref), "-r", str(ref))
    assert code == 0, err
    assert seen == [("部长周一抵达北京。", ("The minister reached Beijing on Monday.",) * 2)]


def test_source_option_errors(tmp_path, capsys):
    doc = tmp_path / "t.txt"
    doc.write_text(CLEAN, encoding="utf-8")
    seg = jsonl(tmp_path / "s.jsonl", [{"target": CLEAN}])
    code, _, err = _run_json(capsys, str(doc), str(doc.with_name("u.txt")), "--source", str(doc))
    assert code == 2 and "--source: --source goes with exactly one translation to check" in err
    code, _, err = _run_json(capsys, seg, "--source", str(doc))
    assert code == 2 and "s.jsonl is jsonl, which carries its own sources and references" in err
    code, _, err = _run_json(capsys, str(doc), "--source", str(tmp_path / "missing.txt"))
    assert code == 2 and "missing.txt: no such file" in err
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    code, _, err = _run_json(capsys, str(doc), "-r", str(empty))
    assert code == 2 and "empty.txt: reference is empty" in err
    code, _, err = _run_json(capsys, "-", "--source", "-")
    assert code == 2 and "cannot both come from standard input" in err


def test_source_from_standard_input(tmp_path, capsys, monkeypatch):
    doc = tmp_path / "t.txt"
    doc.write_text(CLEAN, encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("部长周一抵达北京。".encode())))
    code, report, err = _run_json(capsys, str(doc), "--source", "-")
    assert code == 0, err
    assert report["input"]["name"] == str(doc)


def test_untranslated_segment_is_a_finding_with_a_source_and_skipped_without(tmp_path, capsys):
    path = jsonl(tmp_path / "s.jsonl", [
        {"id": "a", "source": "会议在北京举行。", "target": ""},
        {"id": "b", "target": "   "},
    ])
    code = main(["check", "--no-config", "--disable", "*", "--enable", "translation.empty", "--format", "jsonl",
                 "-q", path])
    recs = records(capsys.readouterr().out)
    assert code == 1  # translation.empty is critical
    assert recs[0]["type"] == "checked" and [i["rule"] for i in recs[0]["report"]["issues"]] == ["translation.empty"]
    assert recs[1] == {"type": "skipped", "file": path, "line": 2, "segment": "b", "reason": "no translation"}


def test_json_report_of_segments_gives_the_language_and_how_it_was_known(tmp_path, capsys):
    english = "The minister said that the talks with their partners would resume."  # known by function words
    short = "Talks resume Monday in Brussels, officials confirm today."  # too few function words: the detector
    seg = jsonl(tmp_path / "s.jsonl", [{"id": "a", "target": english}, {"id": "b", "target": english}])
    main(["check", "--no-config", *PUNCT, "--format", "json", seg])
    language = json.loads(capsys.readouterr().out)["language"]
    assert language == {"expected": "en", "detected": "en", "confidence": None, "method": "function-words"}

    seg = jsonl(tmp_path / "t.jsonl", [{"id": "a", "target": english}, {"id": "b", "target": short}])
    main(["check", "--no-config", *PUNCT, "--format", "json", seg])
    report = json.loads(capsys.readouterr().out)
    assert_valid_report(report)
    assert report["language"]["method"] == "cld2" and report["language"]["detected"] == "en"
    assert 0.5 < report["language"]["confidence"] <= 1.0
