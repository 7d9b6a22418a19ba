"""The phrases rule kind: tables share one scan per document, and each rule
still finds what a scan of its own table would."""

import re

import pytest

from tqcheck.checker import run
from tqcheck.config import Active
from tqcheck.rule import good, phrases
from tqcheck.text import Document
from tqcheck.unit import Unit


def _rule(id, table, **kw):
    return phrases(id, table, category="style/awkward", severity="minor", message="{phrase}",
                   description="demo", examples=[good("nothing here")], **kw)


FIRST = _rule("demo.phrases.first", {"in order to": "to", "order": "sequence"})
SECOND = _rule("demo.phrases.second", {"order to date": "", "to date": "so far"})
CASED = _rule("demo.phrases.cased", {"EU": "European Union"}, case_sensitive=True)


def _spans(rule, text):
    return [(i.start, i.end, i.suggestions) for i in run(Unit(Document(text)), [Active(rule, "minor", {})])]


def _own_scan(table, text, flags=re.IGNORECASE):
    alternation = "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in table), key=len, reverse=True))
    return [m.span() for m in re.finditer(rf"(?<![\w'’-])(?:{alternation})(?![\w'’-])", text, flags)]


TEXT = ("In  order to date the order, in order to date it; the order to date; ordering to date.\n"
        "eu and EU and the EU's order-to date, In Order To, x-order to date")


def test_overlapping_tables_each_find_their_own_matches():
    first = _spans(FIRST, TEXT)
    second = _spans(SECOND, TEXT)
    assert [(s, e) for s, e, _ in first] == _own_scan({"in order to", "order"}, TEXT)
    assert [(s, e) for s, e, _ in second] == _own_scan({"order to date", "to date"}, TEXT)
    # one table's match does not hide another's that overlaps it
    assert (TEXT.index("order to date"), TEXT.index("order to date") + 13) in [(s, e) for s, e, _ in second]
    assert first[0] == (0, 12, ("To",))


def test_case_sensitive_table_keeps_its_case():
    assert [(s, e) for s, e, _ in _spans(CASED, TEXT)] == _own_scan({"EU"}, TEXT, 0)
    assert len(_spans(CASED, TEXT)) == 1  # "EU's" is another word


@pytest.mark.parametrize("copies", [1, 2, 600])
def test_the_edge_scan_finds_the_places_the_look_behind_scan_finds(copies):
    from tqcheck.rule.kinds import _phrase_starts
    from tqcheck.rules import all_rules

    all_rules()  # every table in the shared scan
    piece = ("In order to date, “in order to” (to date)\n.to date\u00a0in order to -in order_to 'to date "
             "Order: in  order to; x.in order to é in order to\t")
    text = piece * copies  # 600 copies: past 64 K characters, a long text
    doc = Document(text)
    assert doc.caseless is not None
    plain = _phrase_starts._caseless
    assert plain is not None and _phrase_starts._edge is not None
    found = _phrase_starts(doc)
    assert found and found == [m.start() for m in plain.finditer(doc.caseless)]
