"""tqcheck filter: passing rows kept as they were, the others set aside
with reasons; rows in = kept + rejected; check -> filter -> check again."""

from __future__ import annotations

import json

import pytest

from tqcheck.cli import main
from tests.batch.corpus import COLUMNS, rows, write_parquet


def _write_jsonl(path, n, bad_line_after=None):
    with open(path, "w", encoding="utf-8") as fh:
        for i, r in enumerate(rows(n)):
            obj = {"id": r["seg_id"], "source": r["src"], "target": r["mt"], "extra": i}
            if r["ref"]:
                obj["references"] = [r["ref"]]
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
            if i == bad_line_after:
                fh.write("{not json\n\n")


def test_jsonl_rows_are_copied_as_they_were_and_rejected_ones_say_why(tmp_path, capsys):
    src, kept, rej = tmp_path / "in.jsonl", tmp_path / "kept.jsonl", tmp_path / "rej.jsonl"
    _write_jsonl(src, 20, bad_line_after=4)
    # --fail-on minor: the unclosed quote below is a minor error
    rc = main(["filter", str(src), "--kept", str(kept), "--rejected", str(rej), "--no-config", "-j", "1",
               "--fail-on", "minor"])
    assert rc == 2  # the line that is not JSON
    err = capsys.readouterr().err
    lines = [ln for ln in src.read_text(encoding="utf-8").splitlines() if ln.strip()]
    kept_lines = kept.read_text(encoding="utf-8").splitlines()
    rejected = [json.loads(ln) for ln in rej.read_text(encoding="utf-8").splitlines()]
    assert len(kept_lines) + len(rejected) == len(lines) == 21
    assert set(kept_lines) <= set(lines)  # byte for byte, extra fields and all
    assert f"Kept {len(kept_lines)}, rejected {len(rejected)}." in err
    bad = [r for r in rejected if r["tqcheck"]["status"] == "error"]
    assert len(bad) == 1 and bad[0]["raw"] == "{not json" and bad[0]["line"] == 6
    quote = next(r for r in rejected if r.get("id") == "seg-00002")
    assert quote["extra"] == 2 and any("punctuation.quotes.unbalanced" in x for x in quote["tqcheck"]["reasons"])


def test_tsv_keeps_its_header_in_both_outputs(tmp_path):
    src, kept, rej = tmp_path / "in.tsv", tmp_path / "kept.tsv", tmp_path / "rej.tsv"
    lines = ["id\tsource\ttarget"] + [f"{r['seg_id']}\t{r['src']}\t{r['mt']}" for r in rows(12)]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["filter", str(src), "--kept", str(kept), "--rejected", str(rej), "--no-config", "-q", "-j", "1"]) == 0
    k, r = kept.read_text(encoding="utf-8").splitlines(), rej.read_text(encoding="utf-8").splitlines()
    assert k[0] == lines[0] and r[0] == lines[0] + "\treasons"
    assert len(k) - 1 + len(r) - 1 == 12
    assert all(line in lines for line in k)
    assert any(line.startswith("seg-00007\t") and "translation.empty" in line for line in r)


def test_threshold_and_rule_selection_work_as_for_check(tmp_path):
    src = tmp_path / "in.jsonl"
    _write_jsonl(src, 10)
    counts = {}
    for name, extra in (("default", []), ("no-punct", ["--disable", "punctuation,translation.empty"])):
        kept = tmp_path / f"{name}.jsonl"
        main(["filter", str(src), "--kept", str(kept), "--no-config", "-q", "-j", "1", *extra])
        counts[name] = len(kept.read_text(encoding="utf-8").splitlines())
    assert counts["no-punct"] > counts["default"]


def test_parquet_round_trip_check_filter_check_finds_no_penalised_issue(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    src, kept, rej = tmp_path / "in.parquet", tmp_path / "kept.parquet", tmp_path / "rej.parquet"
    write_parquet(src, 60, bad_every=17)
    first = tmp_path / "first"
    main(["check", str(src), "--columns", COLUMNS, "--no-config", "-q", "-j", "1", "--format", "parquet",
          "-o", str(first)])
    penalised_before = [i for i in pq.read_table(f"{first}.issues.parquet").to_pylist() if i["severity"] != "neutral"]
    assert penalised_before
    rc = main(["filter", str(src), "--columns", COLUMNS, "--kept", str(kept), "--rejected", str(rej),
               "--no-config", "-q", "-j", "1", "--fail-on", "minor"])
    assert rc == 2  # the null targets
    k, r = pq.read_table(kept), pq.read_table(rej)
    assert k.schema.equals(pq.read_table(src).schema, check_metadata=False)
    assert k.num_rows + r.num_rows == 60
    assert r.schema.names[-3:] == ["tqcheck_status", "tqcheck_score", "tqcheck_reasons"]
    assert all(reasons for reasons in r.column("tqcheck_reasons").to_pylist())
    assert {i["id"] for i in penalised_before} <= set(r.column("seg_id").to_pylist())
    second = tmp_path / "second"
    rc = main(["check", str(kept), "--columns", COLUMNS, "--no-config", "-q", "-j", "1", "--format", "parquet",
               "-o", str(second), "--fail-on", "minor"])
    assert rc == 0
    seg = pq.read_table(f"{second}.segments.parquet").to_pylist()
    assert len(seg) == k.num_rows and all(s["verdict"] == "pass" for s in seg)
    assert not [i for i in pq.read_table(f"{second}.issues.parquet").to_pylist() if i["severity"] != "neutral"]


def test_filter_refuses_formats_it_cannot_copy(tmp_path, capsys):
    src = tmp_path / "in.po"
    src.write_text('msgid "a"\nmsgstr "b"\n', encoding="utf-8")
    assert main(["filter", str(src), "--kept", str(tmp_path / "k.po"), "--no-config", "-q"]) == 2
    assert "JSON Lines, TSV or Parquet" in capsys.readouterr().err
