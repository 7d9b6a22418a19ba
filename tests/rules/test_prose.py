import gc

from hypothesis import given, settings
from hypothesis import strategies as st

from tqcheck.checker import run
from tqcheck.config import Config
from tqcheck.rules import all_rules
from tqcheck.rules._prose import in_title_case_heading, is_sentence_start, quoted_chars, sentence_starts
from tqcheck.text import Document
from tqcheck.unit import Unit

TEXT = ("EU-China Summit Opens\n\n“Talks go on,” said EU Foreign Minister Kaja Kallas. "
        "The EU-China summit ended. Cybersecurity and cyber security were discussed.")


class _Tracked(Document):
    """A Document that says when it is freed."""

    freed: list[str] = []

    def __del__(self) -> None:
        _Tracked.freed.append(self.text)


def test_sentence_starts_and_headings():
    doc = Document(TEXT)
    assert sentence_starts(doc)[0] == 0
    assert is_sentence_start(doc, TEXT.index("The EU"))
    assert not is_sentence_start(doc, TEXT.index("Kallas"))
    assert in_title_case_heading(doc, 0)
    assert not in_title_case_heading(doc, TEXT.index("The EU"))
    assert quoted_chars(doc, 0, len(TEXT)) == len("“Talks go on,”")


def test_heading_lookup_agrees_with_every_heading():
    text = "\n\n".join(["Talks Open In Beijing", "They met. The talks went on.", "Leaders Agree On Trade",
                        "A long day.", "Summit Ends"])
    doc = Document(text)
    headings = [(p.start, p.end) for p in doc.paragraphs if text[p.start:p.end][:1].isupper()
                and not text[p.start:p.end].endswith(".")]
    assert len(headings) == 3
    for pos in range(len(text) + 1):
        assert in_title_case_heading(doc, pos) == any(s <= pos < e for s, e in headings), pos


def test_checked_documents_are_not_kept_alive():
    # analyses are kept with the document, not in caches that outlive it
    _Tracked.freed.clear()
    doc = _Tracked(TEXT + " unique-marker")
    unit = Unit(doc)
    issues = run(unit, Config().select(all_rules()))
    assert issues  # the rules did read the document
    del doc, unit
    gc.collect()
    assert _Tracked.freed == [TEXT + " unique-marker"]


_PIECES = ("Talks", "Open", "In", "Beijing", "the", "EU", "said", " ", " ", " ", "\n", "\n\n", ".", ". ", ",", "?",
           "“", "”", "\"", "'", "’", "(", ")", "-", "Mr.", "U.S.", "Kallas", "x")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=80).map("".join), st.data())
def test_shared_place_tables_answer_as_the_per_place_searches(text, data):
    """The tables the capitals rules read for many places at once give, at
    every place, what the per-place searches give."""
    from tqcheck.rules._prose import in_quotations, in_title_case_headings, sentence_start_set

    doc = Document(text)
    places = sorted(data.draw(st.lists(st.integers(0, max(0, len(text) - 1)), max_size=40))) if text else []
    ends = [min(len(text), p + data.draw(st.integers(1, 12))) for p in places]
    opening = sentence_start_set(doc)
    assert [p in opening for p in places] == [is_sentence_start(doc, p) for p in places]
    assert in_title_case_headings(doc, places) == [in_title_case_heading(doc, p) for p in places]
    assert in_quotations(doc, places, ends) == [doc.in_quotation(p, e) for p, e in zip(places, ends)]
