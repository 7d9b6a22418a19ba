"""The pieces around the pool: the summary tally, one report per file,
the progress bar's rules, and atomic output."""

from __future__ import annotations

import io
import os
from types import SimpleNamespace

import pytest

from tqcheck.api import Checker
from tqcheck.batch.aggregate import FileReport
from tqcheck.batch.output import AtomicOutput
from tqcheck.batch.progress import Progress
from tqcheck.batch.results import CHECKED, ERROR, SKIPPED, FileStart, Result
from tqcheck.batch.run import run_info
from tqcheck.batch.summary import Tally
from tqcheck.batch.writers import JsonWriter
from tqcheck.errors import InputError
from tqcheck.quality import assess
from tqcheck.render import summary as summary_render
from tqcheck.taxonomy import DEFAULT_WEIGHTS
from tests.conftest import assert_valid_report

CHECKER = Checker(disable=["*"], enable=["punctuation"])


def checked(text: str, seg: str | None = "1", line: int | None = 1) -> Result:
    report = CHECKER.check(text, segment=seg).to_dict()
    return Result("f.jsonl", CHECKED, seg, line, report=report)


def test_tally_counts_outcomes_issues_and_pass_rate():
    t = Tally("major")
    for item in (FileStart("f.jsonl", "jsonl"), checked("Fine text here."), checked('He said, "Hi.', "2", 2),
                 Result("f.jsonl", SKIPPED, "3", 3, message="no translation"),
                 Result("f.jsonl", ERROR, None, 4, message="not valid JSON")):
        t.add(item)
    s = t.to_dict()
    assert (s["files"], s["records"], s["checked"], s["skipped"], s["errors"]) == (1, 4, 2, 1, 1)
    assert s["issues"] == 1 and s["by_severity"]["major"] == 1 and s["by_category"] == {"fluency/punctuation": 1}
    assert (s["passed"], s["pass_rate"]) == (1, 0.5)
    assert t.failing == 1
    text = summary_render.render(s)
    assert "Checked 1 file, 4 segments (2 checked, 1 skipped, 1 unreadable)" in text
    assert "MQM pass rate: 50.0% (1 of 2 passed)" in text


def test_fail_on_never_never_fails():
    t = Tally("never")
    t.add(checked('He said, "Hi.'))
    assert t.failing == 0


def test_file_report_adds_up_segments_and_scores_the_file():
    info = run_info(CHECKER, print, False)
    fr = FileReport("f.jsonl", "jsonl", info)
    for r in (checked("The first segment is fine."), checked('He said, "Hi there.', "2", 2),
              Result("f.jsonl", SKIPPED, "3", 3, message="no translation"),
              Result("f.jsonl", ERROR, None, 4, message="not valid JSON")):
        fr.add(r.to_dict())
    report = fr.to_dict()
    assert_valid_report(report)
    assert report["stats"]["words"] == 5 + 4
    assert report["quality"]["penalty"] == 5.0 and report["quality"]["words"] == 9
    assert report["segments"] == [{"id": "1", "words": 5, "issues": 0, "penalty": 0, "score": 100.0},
                                  {"id": "2", "words": 4, "issues": 1, "penalty": 5.0, "score": 80.0}]
    assert report["errors"] == [{"line": 4, "segment": None, "message": "not valid JSON"}]
    assert report["skipped"] == [{"line": 3, "segment": "3", "reason": "no translation"}]
    assert report["issues"][0]["segment"] == "2"


def test_unreadable_file_has_no_report_but_an_empty_one_does():
    info = run_info(CHECKER, print, False)
    fr = FileReport("gone.jsonl", "jsonl", info)
    fr.add(Result("gone.jsonl", ERROR, None, None, message="no such file").to_dict())
    assert fr.to_dict() is None
    empty = FileReport("empty.jsonl", "jsonl", info).to_dict()
    assert_valid_report(empty)
    assert empty["segments"] == [] and empty["errors"] == [] and empty["skipped"] == []


def test_json_writer_one_file_is_an_object_and_interrupted_file_is_kept():
    info = {**run_info(CHECKER, print, False)}
    out = io.StringIO()
    w = JsonWriter(out, info)
    w.file_start("f.jsonl", "jsonl")
    w.result(checked("Fine text here.").to_dict())
    w.finish({})  # interrupted before the file ended
    assert out.getvalue().startswith("{") and '"f.jsonl"' in out.getvalue()


class FakeStream(io.StringIO):
    def __init__(self, tty: bool):
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def test_progress_only_on_a_terminal_and_not_when_quiet():
    assert Progress.wanted(False, FakeStream(True)) is True
    assert Progress.wanted(True, FakeStream(True)) is False
    assert Progress.wanted(False, FakeStream(False)) is False
    stream = FakeStream(True)
    p = Progress(2, enabled=True, stream=stream)
    p.record()
    p.file_done()
    p.close()
    assert "1/2 files" in stream.getvalue()


def test_atomic_output_commit_keeps_mode_and_discard_leaves_nothing(tmp_path):
    target = tmp_path / "r.json"
    target.write_text("old", encoding="utf-8")
    os.chmod(target, 0o640)
    out = AtomicOutput(str(target))
    out.file.write("new")
    assert target.read_text(encoding="utf-8") == "old"  # not visible until committed
    out.commit()
    assert target.read_text(encoding="utf-8") == "new"
    assert oct(target.stat().st_mode & 0o777) == "0o640"
    out = AtomicOutput(str(target))
    out.file.write("half")
    out.discard()
    assert target.read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.json"]


def test_atomic_output_refuses_a_folder(tmp_path):
    with pytest.raises(InputError, match="is a folder"):
        AtomicOutput(str(tmp_path))


def test_the_run_fails_on_the_verdict_score_included_and_says_why():
    # three minor errors in a short segment: no error at or above --fail-on
    # critical, but the score (87.0) is below 90, so the verdict and the exit fail
    minors = [{"severity": "minor", "category": "fluency/punctuation"}] * 3
    quality = assess([SimpleNamespace(**i) for i in minors], 6, DEFAULT_WEIGHTS, 90, "critical")
    assert quality["failed_by"] == ["score"]
    t = Tally("critical")
    t.add(Result("f.jsonl", CHECKED, "1", 1, report={"quality": quality, "issues": minors}))
    s = t.to_dict()
    assert (t.failing, s["failing"], s["passed"], s["fail_on"]) == (1, 1, 0, "critical")
    assert "Exit status 1: 1 of 1 checked failed (score below the pass mark, or an error at or above " \
           "--fail-on critical)." in summary_render.render(s)
    never = Tally("never")
    never.add(Result("f.jsonl", CHECKED, "1", 1, report={"quality": quality, "issues": minors}))
    assert never.failing == 0
    assert "Exit status 0: --fail-on never, though 1 would fail." in summary_render.render(never.to_dict())


def test_the_summary_names_the_exit_status():
    t = Tally("major")
    t.add(checked("Fine text here."))
    assert summary_render.render(t.to_dict()).endswith("Exit status 0: everything checked passed.\n")
    t.add(Result("f.jsonl", ERROR, None, 4, message="not valid JSON"))
    assert "Exit status 2: 1 record could not be read." in summary_render.render(t.to_dict())
