"""JSON Lines, TSV and CSV stream line by line: every bad line becomes one
problem naming its line, and the lines after it are still read."""

from __future__ import annotations

import io
import sys

import pytest

from tqcheck.formats import Input, Problem, Record, read


def run(tmp_path, name: str, data: bytes, fmt: str) -> list:
    path = tmp_path / name
    path.write_bytes(data)
    return list(read(Input(name, str(path), fmt)))


def test_jsonl_fields_ids_and_defaults(tmp_path):
    data = (
        '{"id": "a", "source": "你好。", "target": "Hello.", "references": ["Hi."]}\n'
        '{"target": "No id here."}\n'
        '\n'  # blank lines are not records
        '{"id": 7, "target": "", "source": "空"}\n'
    ).encode()
    got = run(tmp_path, "x.jsonl", data, "jsonl")
    assert got == [
        Record("x.jsonl", "Hello.", source="你好。", references=("Hi.",), id="a", line=1),
        Record("x.jsonl", "No id here.", id="2", line=2),
        Record("x.jsonl", "", source="空", id="7", line=4),
    ]


@pytest.mark.parametrize("line, message", [
    (b'{"target": "ok"', "not valid JSON: Expecting ',' delimiter (column 16)"),
    (b'["target"]', "expected a JSON object, found list"),
    (b'{"source": "x"}', 'missing "target"'),
    (b'{"target": 3}', '"target" must be a string, not int'),
    (b'{"target": "x", "references": "one"}', '"references" must be a list of strings'),
    (b'{"target": "x", "id": true}', '"id" must be a string or an integer'),
    (b'{"target": "caf\xe9"}', "not valid UTF-8: byte 0xe9 at byte offset 36 (line 2)"),
])
def test_jsonl_bad_line_is_a_problem_and_reading_goes_on(tmp_path, line, message):
    data = b'{"target": "First."}\n' + line + b'\n{"target": "Third."}\n'
    got = run(tmp_path, "x.jsonl", data, "jsonl")
    assert [type(g).__name__ for g in got] == ["Record", "Problem", "Record"]
    assert got[1].line == 2
    assert got[1].message.startswith(message)
    assert got[2].target == "Third." and got[2].line == 3


def test_jsonl_bom_and_crlf(tmp_path):
    got = run(tmp_path, "x.jsonl", b'\xef\xbb\xbf{"target": "A."}\r\n{"target": "B."}\r\n', "jsonl")
    assert [(r.target, r.line) for r in got] == [("A.", 1), ("B.", 2)]


def test_tsv_positional_columns_and_references(tmp_path):
    data = "你好。\tHello.\n再见。\tBye.\tGoodbye.\tSee you.\n只有\t\n".encode()
    got = run(tmp_path, "x.tsv", data, "tsv")
    assert got == [
        Record("x.tsv", "Hello.", source="你好。", id="1", line=1),
        Record("x.tsv", "Bye.", source="再见。", references=("Goodbye.", "See you."), id="2", line=2),
        Record("x.tsv", "", source="只有", id="3", line=3),
    ]


def test_tsv_header_names_columns_and_quotes_stay_as_written(tmp_path):
    data = 'id\ttarget\treference\nn1\tHe said "hi".\t"Hi," he said.\nn2\tonly one\n'.encode()
    got = run(tmp_path, "x.tsv", data, "tsv")
    assert got[0] == Record("x.tsv", 'He said "hi".', references=('"Hi," he said.',), id="n1", line=2)
    assert got[1] == Problem("x.tsv", "expected 3 columns as in the header, found 2", line=3)


def test_tsv_single_column_row_is_a_problem(tmp_path):
    got = run(tmp_path, "x.tsv", "just text\n源\t译\n".encode(), "tsv")
    assert got[0] == Problem("x.tsv", "expected source<TAB>target[<TAB>reference...], found 1 column", line=1)
    assert got[1].target == "译"


def test_csv_quoted_fields_span_lines_and_lines_are_counted(tmp_path):
    data = ('source,target\n'
            '"一，二",\"One, two.\"\n'
            '"多行","First line\nsecond line."\n'
            '三,Three.\n').encode()
    got = run(tmp_path, "x.csv", data, "csv")
    assert [(r.source, r.target, r.line) for r in got] == [
        ("一，二", "One, two.", 2),
        ("多行", "First line\nsecond line.", 3),
        ("三", "Three.", 5),
    ]


def test_csv_bad_bytes_and_bad_quoting_are_problems(tmp_path):
    data = b'a,A.\nb,caf\xe9\nc,C.\nd,"unclosed\n'
    got = run(tmp_path, "x.csv", data, "csv")
    assert [type(g).__name__ for g in got] == ["Record", "Problem", "Record", "Problem"]
    assert got[1].line == 2 and "0xe9" in got[1].message
    assert got[2].line == 3
    assert got[3].line == 4 and got[3].message.startswith("not valid CSV")


def test_plain_text_with_pair_and_unreadable_pair(tmp_path):
    (tmp_path / "a.en.txt").write_text("Hello.", encoding="utf-8")
    (tmp_path / "a.zh.txt").write_text("你好。", encoding="utf-8")
    (tmp_path / "a.ref.en.txt").write_bytes(b"\xff")
    inp = Input("a.en.txt", str(tmp_path / "a.en.txt"), "text", source=str(tmp_path / "a.zh.txt"))
    assert list(read(inp)) == [Record("a.en.txt", "Hello.", source="你好。")]
    inp = Input("a.en.txt", str(tmp_path / "a.en.txt"), "text", references=(str(tmp_path / "a.ref.en.txt"),))
    [problem] = list(read(inp))
    assert problem.message.startswith("paired file ") and "not valid UTF-8" in problem.message


def test_missing_file_and_not_utf8_plain_text(tmp_path):
    [p] = list(read(Input("nope.txt", str(tmp_path / "nope.txt"), "text")))
    assert p == Problem("nope.txt", "no such file")
    (tmp_path / "bad.txt").write_bytes(b"ok\nok\n\x80")
    [p] = list(read(Input("bad.txt", str(tmp_path / "bad.txt"), "text")))
    assert p.message == "not valid UTF-8: byte 0x80 at byte offset 6 (line 3); convert the file to UTF-8 first"


def test_stdin_streams_jsonl(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'{"target": "A."}\nnot json\n')))
    got = list(read(Input("<stdin>", None, "jsonl")))
    assert [type(g).__name__ for g in got] == ["Record", "Problem"]


def test_a_reader_bug_becomes_a_problem(monkeypatch, tmp_path):
    import tqcheck.formats.jsonl as jsonl

    def boom(obj, name, lineno):
        raise KeyError("oops")

    monkeypatch.setattr(jsonl, "record", boom)
    [p] = run(tmp_path, "x.jsonl", b'{"target": "A."}\n', "jsonl")
    assert p.message == "cannot read as jsonl: KeyError: 'oops'"
