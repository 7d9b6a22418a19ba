"""Parquet in and out: named columns, a bad row is an error row (rows in =
rows out), the two output tables, their schema version, and the join back
to the input by id."""

from __future__ import annotations

import pytest

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from tqcheck.batch import tables  # noqa: E402
from tqcheck.cli import main  # noqa: E402
from tqcheck.formats import read  # noqa: E402
from tqcheck.formats.columns import parse  # noqa: E402
from tqcheck.formats.records import Input, Problem, Record  # noqa: E402
from tests.batch.corpus import COLUMNS, write_parquet  # noqa: E402
from tests.conftest import ROOT  # noqa: E402


def _read(path, **options):
    return list(read(Input(str(path), str(path), "parquet"), **options))


def test_named_columns_are_read_row_by_row_in_small_batches(tmp_path):
    path = tmp_path / "in.parquet"
    write_parquet(path, 30, bad_every=7, row_group_size=8)
    out = _read(path, columns=parse(COLUMNS), batch_rows=5)
    assert len(out) == 30
    assert [o.line for o in out] == list(range(1, 31))
    bad = [o for o in out if isinstance(o, Problem)]
    assert [b.id for b in bad] == ["seg-00006", "seg-00013", "seg-00020", "seg-00027"]
    assert all("'mt' is null" in b.message for b in bad)
    rec = out[0]
    assert isinstance(rec, Record) and rec.id == "seg-00000" and rec.source.startswith("他")
    assert rec.references == ("He spent $3 million in 2020.",)


def test_default_columns_and_list_references(tmp_path):
    path = tmp_path / "in.parquet"
    pq.write_table(pa.table({"target": ["One.", "Two."], "references": [["Uno.", "One."], None]}), path)
    out = _read(path)
    assert [o.id for o in out] == ["1", "2"]  # no id column: the row number
    assert out[0].references == ("Uno.", "One.") and out[1].references == () and out[0].source is None


def test_a_column_named_but_missing_is_one_error_for_the_file(tmp_path):
    path = tmp_path / "in.parquet"
    write_parquet(path, 3)
    (problem,) = _read(path, columns=parse("target=translation"))
    assert isinstance(problem, Problem) and "no column 'translation'" in problem.message


def test_wrong_types_are_error_rows(tmp_path):
    path = tmp_path / "in.parquet"
    pq.write_table(pa.table({"id": [1.5, 2.5], "target": ["A.", "B."]}), path)
    out = _read(path)
    assert len(out) == 2 and all(isinstance(o, Problem) and "strings or integers" in o.message for o in out)


def test_not_parquet_is_a_file_error(tmp_path):
    path = tmp_path / "in.parquet"
    path.write_text("id,target\n1,x\n")
    (problem,) = _read(path)
    assert "not a Parquet file" in problem.message


def test_bad_columns_spec_is_a_usage_error(tmp_path, capsys):
    path = tmp_path / "in.parquet"
    write_parquet(path, 2)
    assert main(["check", str(path), "--columns", "tgt=mt", "--no-config", "-q"]) == 2
    assert "unknown role 'tgt'" in capsys.readouterr().err


def _check(tmp_path, path, *extra) -> tuple[int, object, object]:
    out = tmp_path / "res"
    rc = main(["check", str(path), "--columns", COLUMNS, "--no-config", "-q", "--format", "parquet",
               "-o", str(out), *extra])
    return rc, pq.read_table(f"{out}.segments.parquet"), pq.read_table(f"{out}.issues.parquet")


def test_segment_and_issue_tables_join_back_to_the_input(tmp_path):
    path = tmp_path / "in.parquet"
    write_parquet(path, 40, bad_every=13)
    rc, seg, iss = _check(tmp_path, path, "-j", "1")
    assert rc == 2  # bad rows make the run's exit status 2, as in every format
    assert seg.num_rows == 40
    assert seg.schema.names == [n for n, _ in tables.SEGMENT_COLUMNS]
    assert iss.schema.names == [n for n, _ in tables.ISSUE_COLUMNS]
    meta = seg.schema.metadata
    assert meta[b"tqcheck.schema"] == b"tqcheck.segments"
    assert meta[b"tqcheck.schema_version"] == tables.SCHEMA_VERSION.encode()
    assert iss.schema.metadata[b"tqcheck.schema"] == b"tqcheck.issues"
    rows = seg.to_pylist()
    inp = pq.read_table(path).to_pylist()
    assert [r["id"] for r in rows] == [r["seg_id"] for r in inp]
    errors = [r for r in rows if r["status"] == "error"]
    assert [r["id"] for r in errors] == ["seg-00012", "seg-00025", "seg-00038"]
    assert errors[0]["score"] is None and "null" in errors[0]["message"]
    by_id = {r["id"]: r for r in rows}
    for issue in iss.to_pylist():
        seg_row = by_id[issue["id"]]
        assert seg_row["status"] == "checked" and seg_row["issues"] >= 1
        assert issue["kind"] in ("error", "advice") and issue["side"] in ("target", "source")
    for r in rows:
        if r["status"] == "checked":
            assert r["issues"] == sum(1 for i in iss.to_pylist() if i["id"] == r["id"])
            assert r["issues"] == sum(r[s] for s in ("neutral", "minor", "major", "critical"))
            assert r["issues"] == sum(r[c] for c in tables.CATEGORY_COLUMNS.values())
            assert r["bleu"] is not None or r["id"].endswith("7")  # the untranslated pair has no reference
    first = by_id["seg-00002"]  # a quotation never closed
    # an unclosed quote is a minor error (docs/evidence.md): one in a short segment still passes
    assert first["verdict"] == "pass" and first["minor"] >= 1


def test_jobs_do_not_change_the_tables(tmp_path):
    path = tmp_path / "in.parquet"
    write_parquet(path, 60, bad_every=11)
    _, seg1, iss1 = _check(tmp_path, path, "-j", "1")
    _, seg2, iss2 = _check(tmp_path, path, "-j", "2")
    assert seg1.equals(seg2) and iss1.equals(iss2)


def test_parquet_output_needs_a_path(tmp_path, capsys):
    path = tmp_path / "in.parquet"
    write_parquet(path, 2)
    assert main(["check", str(path), "--no-config", "-q", "--format", "parquet"]) == 2
    assert "-o OUT" in capsys.readouterr().err


def test_jsonl_input_to_parquet_tables(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "target": "Fine text here."}\n{oops\n', encoding="utf-8")
    rc = main(["check", str(src), "--no-config", "-q", "--format", "parquet", "-o", str(tmp_path / "r.parquet")])
    assert rc == 2
    seg = pq.read_table(tmp_path / "r.segments.parquet").to_pylist()
    assert [(r["id"], r["row"], r["status"]) for r in seg] == [("a", 1, "checked"), (None, 2, "error")]


def test_every_column_is_documented():
    doc = (ROOT / "docs" / "tables.md").read_text(encoding="utf-8")
    for name, _ in tables.SEGMENT_COLUMNS + tables.ISSUE_COLUMNS:
        assert f"`{name}`" in doc, name
    assert f"`{tables.SCHEMA_VERSION}`" in doc
