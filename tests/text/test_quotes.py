from tqcheck.text import Document


def problems(text):
    doc = Document(text)
    return [(p.kind, text[p.start:p.end], p.start) for p in doc.quotes.problems]


def test_sample_article_paragraph_unclosed_double_quote():
    text = ("She said, \"Many Asian partners 'have indeed been harmed (only to be hit by tariffs).'\n\n"
            "She added, \"They turned to us because we are reliable partners.\"")
    assert problems(text) == [("unclosed", '"', 10)]


def test_multi_paragraph_quotation_convention():
    ok = '"We will stay in the region.\n\n"We will not leave," she said.'
    assert problems(ok) == []
    doc = Document(ok)
    # the quotation spans both paragraphs
    assert doc.in_quotation(ok.index("region")) and doc.in_quotation(ok.index("leave"))
    bad = '"We will stay in the region.\n\nShe left.'
    assert problems(bad) == [("unclosed", '"', 0)]


def test_apostrophes_elisions_and_inches_are_not_quotes():
    text = ("The EU's partners don't agree; the students' union met in the '90s. Rock 'n' roll, "
            "Kill 'em all, Puttin' on the Ritz, a 20\" screen, 5'10\" tall, al-'Adad.")
    assert problems(text) == []


def test_nested_and_curly_quotes_pair():
    assert problems("“He said ‘no’ twice,” she said.") == []
    assert problems("\"Many partners 'have been harmed',\" she said.") == []


def test_mismatched_and_wrong_direction():
    assert problems("“We will stay,' she said.") == [("mismatched", "'", 14)]
    assert problems("He called it ”reliable” twice.") == [("direction", "”", 13)]


def test_glyph_counts_for_mixed_style():
    doc = Document("“We will stay,” she said. It's fine.")
    assert len(doc.quotes.curly) == 2 and len(doc.quotes.straight) == 1


def test_curly_marks_pointing_the_wrong_way_at_edges():
    # an opening mark with nothing after it closes; a closing mark glued to a word opens
    assert problems("“Follow your heart, you will reap rewards. “") == [("direction", "“", 43)]
    assert problems("Ziobro said,”The treaty is harmful.”") == [("direction", "”", 12)]
