"""Finding inputs: folders recursively in sorted order, include/exclude
globs, ``-``, explicit files always taken, and the pairing convention."""

from __future__ import annotations

import os

from tqcheck.batch.discover import discover
from tqcheck.batch.pairing import parse, partners
from tqcheck.formats import Input, Problem


def touch(root, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")


def rel(root, inputs) -> list:
    out = []
    for i in inputs:
        if isinstance(i, Problem):
            out.append(("problem", i.file, i.message))
        else:
            src = os.path.relpath(i.source, root) if i.source else None
            out.append((os.path.relpath(i.path, root), i.format, src, tuple(os.path.relpath(r, root) for r in i.references)))
    return out


def test_folders_are_walked_sorted_with_known_extensions(tmp_path):
    touch(tmp_path, "b/z.po", "b/a.tsv", "a.jsonl", "notes.md", ".hidden/x.txt", "b/.x.txt", "c/d/e.xlf", "m.tmx", "k.csv")
    got = rel(tmp_path, discover([str(tmp_path)]))
    assert got == [
        ("a.jsonl", "jsonl", None, ()),
        ("k.csv", "csv", None, ()),
        ("m.tmx", "tmx", None, ()),
        ("b/a.tsv", "tsv", None, ()),
        ("b/z.po", "po", None, ()),
        ("c/d/e.xlf", "xliff", None, ()),
    ]


def test_include_and_exclude_globs(tmp_path):
    touch(tmp_path, "a/one.txt", "a/two.md", "drafts/three.txt", "a/drafts/four.txt")
    got = rel(tmp_path, discover([str(tmp_path)], include=["*.txt", "*.md"], exclude=["drafts"]))
    assert [g[0] for g in got] == ["a/one.txt", "a/two.md"]
    assert got[1][1] == "text"  # unknown extension included on request reads as text
    got = rel(tmp_path, discover([str(tmp_path)], include=["a/*"]))
    # a pattern with "/" matches the path; a folder's files come before its subfolders
    assert [g[0] for g in got] == ["a/one.txt", "a/two.md", "a/drafts/four.txt"]


def test_explicit_files_stdin_missing_and_empty_folders(tmp_path):
    touch(tmp_path, "notes.md")
    (tmp_path / "empty").mkdir()
    got = discover([str(tmp_path / "notes.md"), "-", str(tmp_path / "nope.txt"), str(tmp_path / "empty"),
                    str(tmp_path / "notes.md")])
    assert got[0] == Input(str(tmp_path / "notes.md"), str(tmp_path / "notes.md"), "text")
    assert got[1] == Input("<stdin>", None, "text")
    assert got[2] == Problem(str(tmp_path / "nope.txt"), "no such file or directory")
    assert got[3].message.startswith("no files to check in this folder")
    assert len(got) == 4  # the same file named twice is read once


def test_input_format_overrides_extensions(tmp_path):
    touch(tmp_path, "data.txt")
    [inp] = discover([str(tmp_path / "data.txt"), ], input_format="tsv")
    assert inp.format == "tsv"
    [inp] = discover(["-"], input_format="jsonl")
    assert inp == Input("<stdin>", None, "jsonl")


def test_pairing_attaches_source_and_references(tmp_path):
    touch(tmp_path, "news.en.txt", "news.zh.txt", "news.ref.en.txt", "news.ref2.en.txt",
          "solo.zh.txt", "plain.txt", "other.ref.en.txt")
    got = rel(tmp_path, discover([str(tmp_path)]))
    assert got == [
        ("news.en.txt", "text", "news.zh.txt", ("news.ref.en.txt", "news.ref2.en.txt")),
        ("other.ref.en.txt", "text", None, ()),  # a reference with no translation beside it is checked
        ("plain.txt", "text", None, ()),
        ("solo.zh.txt", "text", None, ()),
    ]
    # naming the translation alone finds its partners on disk
    got = rel(tmp_path, discover([str(tmp_path / "news.en.txt")]))
    assert got == [("news.en.txt", "text", "news.zh.txt", ("news.ref.en.txt", "news.ref2.en.txt"))]


def test_pairing_follows_the_configured_languages(tmp_path):
    touch(tmp_path, "a.de.txt", "a.fr.txt", "a.en.txt")
    got = rel(tmp_path, discover([str(tmp_path)], source_lang="fr", target_lang="de"))
    assert got == [("a.de.txt", "text", "a.fr.txt", ()), ("a.en.txt", "text", None, ())]


def test_name_parts():
    assert parse("news.en.txt") == ("news", False, "en", ".txt")
    assert parse("news.v2.ref3.en-GB.txt") == ("news.v2", True, "en-GB", ".txt")
    assert parse("article.txt") is None
    assert partners("nowhere/article.txt", "zh", "en") == (None, ())
