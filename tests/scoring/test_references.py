"""The bundled references: layout, index, and the sample's reference itself."""

from __future__ import annotations

import json
import re

import tqcheck
from tqcheck.resources import data_dir
from tqcheck.scoring import score

from ..conftest import ROOT

NAME = re.compile(r"^(?P<name>[a-z0-9][a-z0-9-]*)\.(?P<lang>[a-z]{2,3}(?:-[A-Za-z0-9]+)*)\.txt$")


def _index() -> list[dict]:
    return json.loads((data_dir("references") / "index.json").read_text(encoding="utf-8"))


def test_files_follow_the_layout_and_match_the_index():
    folder = data_dir("references")
    files = sorted(p.name for p in folder.glob("*.txt"))
    assert files, "no references bundled"
    entries = {e["file"]: e for e in _index()}
    assert sorted(entries) == files
    for name in files:
        m = NAME.match(name)
        assert m, f"{name}: expected <name>.<lang>.txt"
        e = entries[name]
        assert (e["name"], e["lang"]) == (m["name"], m["lang"])
        assert (ROOT / e["translates"]).is_file()
        assert {"source_lang", "author", "notes"} <= set(e)


def test_the_sample_reference_is_clean_by_tqcheck_rules():
    text = (data_dir("references") / "article.en.txt").read_text(encoding="utf-8")
    report = tqcheck.check(text, glossary=data_dir("references") / "article.glossary.tsv")
    assert report.issues == []
    assert report.language["detected"] == "en"


def test_the_sample_reference_covers_the_whole_article(sample_text):
    text = (data_dir("references") / "article.en.txt").read_text(encoding="utf-8")
    s = score(sample_text, [text], confidence=0)
    # nothing in the reference lacks a counterpart in the sample, and only the
    # two boilerplate lines of the sample lack one in the reference
    assert [p.kind for p in s.pairs].count("0-1") == 0
    assert [p.kind for p in s.pairs].count("1-0") == 2
    assert all(p.scores["chrf"] > 45 for p in s.pairs if p.kind != "1-0")
