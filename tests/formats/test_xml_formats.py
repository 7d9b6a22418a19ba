"""XLIFF 1.2/2.0, TMX and PO through translate-toolkit: ids and lines point
back into the file; untranslated units come through with an empty target."""

from __future__ import annotations

from tqcheck.formats import Input, Problem, Record, read
from tests.conftest import FIXTURES

FORMATS = FIXTURES / "formats"


def records(name: str, fmt: str, **options) -> list:
    return list(read(Input(name, str(FORMATS / name), fmt), **options))


def test_xliff12_units_keep_ids_lines_and_skips():
    got = records("xliff12.xlf", "xliff")
    assert [(r.id, r.line, r.skip) for r in got] == [
        ("news.txt#s1", 7, None),          # s1 occurs in two <file>s: qualified
        ("s2", 9, None),                   # no <target>: the unit element's line
        ("brand", 14, 'translate="no"'),
        ("s3", 19, None),                  # inside a <group>
        ("other.txt#s1", 28, None),
    ]
    assert (got[1].source, got[1].target) == ("第二句。", "")
    first = got[0]
    assert (first.source, first.target) == ("他说：“你好。”", 'He said, "Hello.')
    assert got[3].target == "The third bold sentence ."  # inline <g> markup removed, its text kept


def test_xliff2_segments_are_units_and_untranslated_has_an_empty_target():
    got = records("xliff2.xlf", "xliff")
    assert [(r.id, r.line, r.target, r.skip) for r in got] == [
        ("u1::u1s1", 7, "Hello..", None),
        ("u1::segment-2", 11, "Goodbye.", None),
        ("u2", 15, "", None),
    ]
    assert got[0].source == "你好。"


def test_tmx_picks_target_and_source_by_language():
    got = records("sample.tmx", "tmx", source_lang="zh", target_lang="en")
    assert isinstance(got[2], Problem) and got[2].id == "t4" and "target language en" in got[2].message
    ok = [r for r in got if isinstance(r, Record)]
    assert [(r.id, r.source, r.target) for r in ok] == [
        ("t1", "你好。", "Hello ,world."),
        ("t3", "再会。", "So long."),       # three languages: fr is neither source nor target
        ("tu4", "再见。", "Bye."),          # no tuid: its position
    ]
    assert ok[0].line == 7


def test_po_entries_plurals_context_and_msgstr_lines():
    got = records("sample.po", "po")
    assert [(r.id, r.line, r.source, r.target) for r in got] == [
        ("你好", 9, "你好", "Hello ,world"),
        ("menu::文件", 13, "文件", ""),
        ("一个[0]", 18, "一个", "one file"),
        ("一个[1]", 19, "多个", "%d files"),
    ]  # the header and the obsolete #~ entry are not segments


def test_malformed_xml_is_one_problem_with_its_line(tmp_path):
    bad = tmp_path / "bad.xlf"
    bad.write_text('<?xml version="1.0"?>\n<xliff version="1.2"><file><body>\n<trans-unit id="a">\n</body></file></xliff>\n')
    [problem] = list(read(Input("bad.xlf", str(bad), "xliff")))
    assert isinstance(problem, Problem)
    assert problem.line == 4 and problem.message.startswith("not well-formed XML")


def test_wrong_kind_of_xml_is_named():
    [problem] = records("sample.tmx", "xliff")
    assert problem.message == "not an XLIFF file: the root element is <tmx>, not <xliff>"
    [problem] = records("xliff12.xlf", "tmx")
    assert "not a TMX file" in problem.message


def test_broken_po_is_a_problem_with_its_line(tmp_path):
    bad = tmp_path / "bad.po"
    bad.write_text('msgid "a"\nmsgstr "b"\n\nmsgid "c"\nmsgstr[0] "x"\nmsgstr "y"\n', encoding="utf-8")
    [problem] = list(read(Input("bad.po", str(bad), "po")))
    assert isinstance(problem, Problem)
    assert problem.line == 5 and problem.message.startswith("not a valid PO file")
