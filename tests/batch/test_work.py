"""Checking records: a repeated output of the same source is labelled again,
not checked again, and its result is what a fresh check gives."""

from __future__ import annotations

from tqcheck.api import Checker
from tqcheck.batch import work as work_module
from tqcheck.batch.results import CHECKED
from tqcheck.batch.work import Work
from tqcheck.formats.records import Record

SOURCE = "他说，中国将于2021年7月1日举行庆祝活动。"
#: a date changed and a doubled word: issues on both sides, one with a related span
TARGET = 'He said the the celebration will be held on 2 July 2021 in "China.'
OTHER = "He said that China will hold celebrations on July 1, 2021."


def rec(sid: str, target: str, source: str | None = SOURCE, refs: tuple[str, ...] = ()) -> Record:
    return Record(file="f.jsonl", target=target, source=source, references=refs, id=sid, line=int(sid))


def fresh(r: Record) -> dict:
    """What a Work that never saw another record gives."""
    return Work({}).check(r).to_dict()


def counting(work: Work) -> list[str]:
    seen: list[str] = []
    check = work.checker.check

    def counted(text, **kw):
        seen.append(kw["segment"])
        return check(text, **kw)

    work.checker.check = counted  # type: ignore[method-assign]
    return seen


def test_a_repeated_output_is_checked_once_and_reported_as_a_fresh_check_would():
    w = Work({})
    checked = counting(w)
    records = [rec("1", TARGET), rec("2", OTHER), rec("3", TARGET), rec("4", TARGET)]
    results = [w.check(r) for r in records]
    assert checked == ["1", "2"]
    assert all(r.status == CHECKED for r in results)
    for r, got in zip(records, results, strict=True):
        assert got.to_dict() == fresh(r)
    issues = results[2].report["issues"]
    assert issues and {i["segment"] for i in issues} == {"3"}


def test_a_related_span_is_kept_by_the_repeat():
    args = {"config": {"severity": {"accuracy": "major"}}}
    w = Work(args)
    records = [rec(sid, "The company sold two plots of land last year.", source="公司去年购买了两块土地。")
               for sid in ("1", "2")]
    got = [w.check(r).to_dict() for r in records]
    assert got[1] == Work(args).check(records[1]).to_dict()
    related = [i["related"] for i in got[1]["report"]["issues"] if "related" in i]
    assert related and related[0]["text"] == "购买"
    related[0]["text"] = "changed"
    assert "changed" not in str(got[0])


def test_repeats_share_no_mutable_part():
    w = Work({})
    a = w.check(rec("1", TARGET)).report
    pristine = fresh(rec("1", TARGET))["report"]
    for changed in (a, w.check(rec("2", TARGET)).report):
        changed["issues"][0]["context"]["text"] = "changed"
        changed["stats"]["words"] = -1
        changed["quality"]["score"] = -1
        changed["source"]["words"] = -1
    c = w.check(rec("3", TARGET)).report
    assert c == {**pristine, "issues": [{**i, "segment": "3"} for i in pristine["issues"]]}


def test_only_the_same_source_and_references_count_as_a_repeat():
    w = Work({})
    checked = counting(w)
    for r in (rec("1", TARGET), rec("2", TARGET, source="他说，庆祝活动将于明天举行。"), rec("3", TARGET),
              rec("4", TARGET, refs=("He said the celebration is on 1 July 2021.",)), rec("5", TARGET, source=None),
              rec("6", TARGET, source=None)):
        w.check(r)
    # the source changed between 1 and 3, so 3 is checked again; 6 repeats 5 (no source either)
    assert checked == ["1", "2", "3", "4", "5"]


def test_a_whole_document_or_a_long_segment_is_always_checked(monkeypatch):
    monkeypatch.setattr(work_module, "KEEP_SOURCE", 20)
    w = Work({})
    checked = counting(w)
    doc = Record(file="a.txt", target=OTHER, source=None, id=None)
    w.check(doc)
    w.check(Record(file="b.txt", target=OTHER, source=None, id=None))
    w.check(rec("1", OTHER, source=None))
    w.check(rec("2", OTHER, source=None))
    assert checked == [None, None, "1", "2"]


def test_a_checker_setting_is_kept_by_the_repeat():
    args = {"disable": ["*"], "enable": ["grammar"]}
    w = Work(args)
    got = [w.check(rec(sid, TARGET)).to_dict() for sid in ("1", "2")]
    want = Work(args).check(rec("2", TARGET)).to_dict()
    assert got[1] == want
    assert got[1]["report"]["tqcheck"] == Checker(**args).tool
