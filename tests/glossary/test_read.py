from __future__ import annotations

import json

import pytest

from tqcheck.errors import InputError
from tqcheck.glossary import Entry, from_mapping, load, loads
from tqcheck.glossary.read import coerce
from tests.conftest import ROOT

TBX2 = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en"><text><body>
 <termEntry id="c1">
  <descrip type="definition">Colby's post</descrip>
  <langSet xml:lang="zh"><tig><term>负责政策的国防部副部长</term></tig></langSet>
  <langSet xml:lang="en-US">
   <tig><term>Deputy Secretary of Defense for Policy</term>
        <termNote type="administrativeStatus">deprecatedTerm-admn</termNote></tig>
   <tig><term>Under Secretary of Defense for Policy</term>
        <termNote type="administrativeStatus">preferredTerm-admn</termNote>
        <termNote type="x-caseSensitive">yes</termNote></tig>
  </langSet>
 </termEntry>
 <termEntry id="c2"><langSet xml:lang="fr"><tig><term>sommet</term></tig></langSet></termEntry>
</body></text></martif>"""

TBX3 = """<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
<text><body>
 <conceptEntry id="1">
  <langSec xml:lang="zh"><termSec><term>科斯塔</term></termSec></langSec>
  <langSec xml:lang="en">
   <termSec><term>António Costa</term></termSec>
   <termSec><term>Antonio Costa</term>
     <termNote type="administrativeStatus">supersededTerm-admn</termNote></termSec>
  </langSec>
 </conceptEntry>
</body></text></tbx>"""


def test_tsv_with_header_in_any_order():
    g = loads("# comment\ntarget\tsource\tnote\n\nEU-China summit\t中欧峰会\tlower-case summit\n", "tsv")
    assert g.entries == (Entry("EU-China summit", "中欧峰会", (), False, "lower-case summit"),)


def test_tsv_without_header_uses_the_documented_order():
    g = loads("科斯塔\tAntónio Costa\tAntonio Costa | Antonio  Costa;A. Costa\tyes\tEU Council\n", "tsv")
    e = g.entries[0]
    assert (e.source, e.target, e.forbidden, e.case_sensitive, e.note) == (
        "科斯塔", "António Costa", ("Antonio Costa", "Antonio  Costa", "A. Costa"), True, "EU Council")


def test_tsv_keeps_quotation_marks_in_notes():
    g = loads('source\ttarget\tforbidden\tcase\tnote\n特朗普\tDonald Trump\t\tno\tnot "former" in 2025\n', "tsv")
    assert g.entries[0].note == 'not "former" in 2025'


def test_csv_with_quoted_commas():
    g = loads('source,target,forbidden,case,note\n美国,"United States","US, the|USA",no,"a, b"\n', "csv")
    assert g.entries[0].target == "United States"
    assert g.entries[0].forbidden == ("US, the", "USA")
    assert g.entries[0].note == "a, b"


@pytest.mark.parametrize("text,message", [
    ("source\ttarget\n科斯塔\t\n", "no target term"),
    ("a\tb\tc\tmaybe\n", "case sensitivity must be yes or no"),
    ("a\tb\tc\tno\tnote\textra\n", "6 columns"),
    ("source\ttarget\tcolour\n", "unknown column 'colour'"),
])
def test_tsv_errors_name_the_line(text, message):
    with pytest.raises(InputError) as exc:
        loads(text, "tsv", name="g.tsv")
    assert message in str(exc.value)
    assert "g.tsv:" in str(exc.value)


def test_tbx_2008_forbidden_from_deprecated_terms():
    g = loads(TBX2, "tbx")
    assert len(g) == 1  # the French-only concept has no English term
    e = g.entries[0]
    assert e.target == "Under Secretary of Defense for Policy"
    assert e.forbidden == ("Deputy Secretary of Defense for Policy",)
    assert e.source == "负责政策的国防部副部长"
    assert e.case_sensitive is True
    assert e.note == "Colby's post"


def test_tbx_2019_namespaced():
    g = loads(TBX3, "tbx")
    assert g.entries == (Entry("António Costa", "科斯塔", ("Antonio Costa",), False, ""),)


def test_tbx_refuses_entities():
    bomb = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>'
            "<martif><text><body><termEntry><langSet xml:lang='en'><tig><term>&lol2;</term></tig></langSet>"
            "</termEntry></body></text></martif>")
    with pytest.raises(InputError, match="refused"):
        loads(bomb, "tbx")


@pytest.mark.parametrize("text,message", [("<martif><unclosed>", "not valid TBX"), ("<root/>", "no termEntry")])
def test_tbx_errors(text, message):
    with pytest.raises(InputError, match=message):
        loads(text, "tbx")


def test_json_form_and_its_schema_errors():
    g = from_mapping({"entries": [{"target": "cybersecurity", "forbidden": ["cyber security"]}]})
    assert g.entries[0].forbidden == ("cyber security",)
    with pytest.raises(InputError) as exc:
        from_mapping({"entries": [{"source": "x"}]})
    assert "/entries/0" in str(exc.value) and "target" in str(exc.value)
    with pytest.raises(InputError, match="not valid JSON"):
        loads("{", "json")


def test_load_picks_the_format_from_the_suffix(tmp_path):
    (tmp_path / "g.json").write_text(json.dumps({"entries": [{"target": "ASEAN"}]}), encoding="utf-8")
    (tmp_path / "g.csv").write_text("东盟,ASEAN\n", encoding="utf-8")
    assert load(tmp_path / "g.json").entries[0].target == "ASEAN"
    assert load(tmp_path / "g.csv").entries[0].source == "东盟"
    (tmp_path / "g.docx").write_bytes(b"x")
    with pytest.raises(InputError, match="unknown glossary format"):
        load(tmp_path / "g.docx")
    (tmp_path / "bad.tsv").write_bytes(b"\xff\xfe\x00")
    with pytest.raises(InputError, match="not valid UTF-8"):
        load(tmp_path / "bad.tsv")
    with pytest.raises(InputError, match="cannot read glossary"):
        load(tmp_path / "missing.tsv")


def test_coerce_accepts_what_the_api_documents():
    g = coerce(str(ROOT / "references" / "article.glossary.tsv"))
    assert coerce(g) is g
    assert coerce({"entries": [{"target": "ASEAN"}]}).entries[0].target == "ASEAN"
    with pytest.raises(InputError, match="glossary must be"):
        coerce(42)


def test_the_bundled_glossary_covers_the_sample_officials():
    g = load(ROOT / "references" / "article.glossary.tsv")
    forbidden: dict[str, set[str]] = {}
    for e in g:
        forbidden.setdefault(e.target, set()).update(e.forbidden)
    assert "Deputy Secretary of Defense for Policy" in forbidden["Under Secretary of Defense for Policy"]
    assert "Antonio Costa" in forbidden["António Costa"]
    assert "former U.S. President Donald Trump" in forbidden["U.S. President Donald Trump"]
    assert {"EU Chief Foreign Affairs Officer", "EU Foreign and Security Policy Chief", "EU foreign affairs chief"} <= \
        forbidden["EU foreign policy chief"]
    assert [e.case_sensitive for e in g if e.target == "EU-China summit"] == [True]
