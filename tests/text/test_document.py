from tqcheck.text import Document


def spans(doc, items):
    return [doc.text[i.start:i.end] for i in items]


def test_offsets_are_code_points_into_the_original_text():
    text = "Emoji 😀 then\tTab and\u00a0NBSP, zero\u200bwidth, 中文 text.\r\nNext line."
    doc = Document(text)
    for w in doc.words:
        assert text[w.start:w.end] == w.text
    assert "😀" not in [w.text for w in doc.words]
    assert [w.text for w in doc.words if w.text in "中文"] == ["中", "文"]
    # CRLF is one break: "Next" is on line 2, column 1
    nxt = text.index("Next")
    assert doc.position(nxt) == (2, 1)
    # an astral character is one column
    assert doc.position(text.index("then")) == (1, 9)


def test_line_breaks_crlf_cr_lf():
    doc = Document("a\r\nb\rc\nd")
    assert doc.line_starts == [0, 3, 5, 7]
    assert doc.position(7) == (4, 1)
    assert doc.line_span(1) == (0, 1)


def test_paragraphs_by_blank_lines_or_by_lines():
    blank = Document("First para\nstill first.\n\n  Second para.  \n\n\nThird.")
    assert spans(blank, blank.paragraphs) == ["First para\nstill first.", "Second para.", "Third."]
    lines = Document("One segment.\nTwo segment.\nThree.")
    assert spans(lines, lines.paragraphs) == ["One segment.", "Two segment.", "Three."]


def test_sentences_do_not_break_at_abbreviations_numbers_urls():
    text = ("The U.S. Army said so. Dr. Smith arrived at 10:30 a.m. on Monday. He paid No. 5 costs of "
            "3.5 dollars. See https://www.example.com/a.b?x=1. Then mail john.doe@example.org. OK. "
            'He said "We waited... and waited... This was long." Then left. Richard S. Burke came.')
    doc = Document(text)
    assert spans(doc, doc.sentences) == [
        "The U.S. Army said so.",
        "Dr. Smith arrived at 10:30 a.m. on Monday.",
        "He paid No. 5 costs of 3.5 dollars.",
        "See https://www.example.com/a.b?x=1.",
        "Then mail john.doe@example.org.",
        "OK.",
        'He said "We waited... and waited... This was long."',
        "Then left.",
        "Richard S. Burke came.",
    ]


def test_sentence_breaks_after_abbreviation_before_sentence_opener():
    doc = Document("He moved to the U.S. The next year he left. Meet at 10 a.m. The bus leaves.")
    assert spans(doc, doc.sentences) == [
        "He moved to the U.S.", "The next year he left.", "Meet at 10 a.m.", "The bus leaves."]


def test_cjk_sentences_split_without_spaces():
    doc = Document("他说：“我们很好。”然后离开了。Then English.", "zh")
    assert spans(doc, doc.sentences) == ["他说：“我们很好。”", "然后离开了。", "Then English."]


def test_sentences_never_cross_paragraphs():
    doc = Document("A headline without a stop\n\nThe body. It ends")
    assert spans(doc, doc.sentences) == ["A headline without a stop", "The body.", "It ends"]
    assert [s.paragraph for s in doc.sentences] == [0, 1, 1]


def test_protected_spans_and_quotations():
    doc = Document('Mail kallas@eeas.europa.eu, see toutiao.com. She said "we stay" and left.')
    kinds = [(doc.text[s.start:s.end], s.kind) for s in doc.protected]
    assert kinds == [("kallas@eeas.europa.eu", "email"), ("toutiao.com", "url")]
    assert doc.is_protected(doc.text.index("eeas"))
    assert not doc.is_protected(doc.text.index("see"))
    assert doc.in_quotation(doc.text.index("we stay"))
    assert not doc.in_quotation(doc.text.index("left"))


def test_word_count_matches_prose_conventions():
    assert Document("The EU-China summit, held in the U.S. -- 3.5% up.").word_count == 9
    assert Document("欧盟 summit").word_count == 3


def test_memo_computes_once_per_key():
    doc = Document("One text.")
    calls = []
    first = doc.memo("k", lambda d: calls.append(d) or [d.text])
    assert doc.memo("k", lambda d: ["other"]) is first
    assert doc.memo("j", lambda d: ["other"]) == ["other"]
    assert calls == [doc]


def test_word_offsets_match_a_scan_of_the_word_pattern():
    from tqcheck.text.chars import LATIN_WORD_RE, WORD_RE

    for text in ["", "  ", "U.S.-China talks, don’t 3.5 re-use_ it", "中文 and English 😀 end.", "tail ... "]:
        doc = Document(text)
        rx = WORD_RE if "中" in text else LATIN_WORD_RE
        assert [tuple(w) for w in doc.words] == [(m.start(), m.end(), m.group()) for m in rx.finditer(text)]
        assert len(doc.words) == len(doc.word_texts) == len(doc.word_starts)
    doc = Document("One two three")
    assert doc.words[1].text == "two" and doc.words[-1].start == 8
    assert [w.text for w in doc.words[0:2]] == ["One", "two"]


def test_caseless_text_only_where_lower_casing_keeps_case_insensitive_matches():
    assert Document("In Order To, café É").caseless == "in order to, café é"
    # these match ASCII letters case-insensitively, or change length when lower-cased
    for odd in ("\u212a", "\u017f", "\u0130"):
        assert Document(f"Per cent {odd}").caseless is None


def test_word_positions_agree_with_the_full_index():
    from tqcheck.text import index_words

    index_words(["it's", "the"])
    doc = Document("It’s the end; the END of it's run. Then the end.")
    for key in ("it's", "the", "end", "run", "absent"):
        assert list(doc.word_positions(key)) == doc.word_index.get(key, [])
    assert list(doc.word_positions("end")) == [2, 4, 10]


def test_keys_present_and_positions_of_agree_with_word_positions():
    from tqcheck.text import index_words

    index_words(["it's", "the"])
    text = "It’s the end; the END of it's run. Then the end."
    keys = frozenset({"it's", "the", "end", "absent", "zzz-never-indexed"})
    for asked_first in ((), ("absent", "end")):  # entries made by earlier questions change nothing
        doc = Document(text)
        for key in asked_first:
            doc.word_positions(key)
        assert doc.keys_present(keys) == {"it's", "the", "end"}
        assert sorted(doc.positions_of(keys)) == sorted(i for k in keys for i in doc.word_positions(k))
        assert doc.positions_of(frozenset({"absent"})) == []


def test_word_count_is_the_same_with_or_without_the_word_table():
    from tqcheck.text.document import count_words

    for text in ["One two, three — (four) U.S.-China 3.5 a_b", "  lead and trail  ", "— … —", "", "x\u00a0y\tz",
                 "中文 and English, 北京 2020年", "习近平说"]:
        doc = Document(text)
        doc.word_texts  # the table known: the count reads it
        assert doc.word_count == count_words(text)


def test_word_table_shares_one_object_per_distinct_word_and_key():
    text = "The EU’s envoy met the envoy. THE Envoy, the EU's envoy, left; ΣΟΦΙΑ and Straße too."
    doc = Document(text)
    assert set(doc.vocabulary) == set(doc.word_texts)
    assert doc.word_keys == [t.lower().replace("’", "'") for t in doc.word_texts]
    firsts: dict[str, str] = {}
    for t in doc.word_texts:
        assert firsts.setdefault(t, t) is t
    for k in doc.word_keys:
        assert firsts.setdefault(k, k) is k  # a key that is a word of the text is that word
    from tqcheck.text.chars import LATIN_WORD_RE

    assert list(doc.word_starts) == [m.start() for m in LATIN_WORD_RE.finditer(text)]


def test_lower_case_in_pieces_is_str_lower(monkeypatch):
    import random

    from tqcheck.text import document

    monkeypatch.setattr(document, "_LOWER_PIECE", 5)
    rng = random.Random(5)
    alphabet = ["Σ", "ΟΔΟΣ", "\n", " ", "İ", "A", "'", ".", "ß", "Ω", "x", "\u0345", "ǅ", "😀", "🙊"]
    for letters in (alphabet, alphabet + ["𝐀"]):  # U+1D400, a word character beyond U+FFFF
        for _ in range(400):
            text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 40)))
            expected = text.lower()
            if "𝐀" not in text:  # emoji only: written as the stand-in, one character each
                expected = expected.replace("😀", document.STAND_IN).replace("🙊", document.STAND_IN)
            assert document.lower_case(text) == expected, text


def test_lower_case_of_text_with_emoji_is_two_bytes_a_character():
    from tqcheck.text import Document

    doc = Document("Zhang Wei 😀 said the Summit opened.\n" * 3)
    assert len(doc.lowered) == len(doc.text) and max(doc.lowered) == "\uffff"
    assert doc.caseless == doc.lowered
    assert Document("𝐀 and 😀").lowered == "𝐀 and 😀".lower()  # a word character beyond U+FFFF: as it was


def test_word_table_made_in_pieces_is_the_table_of_the_whole_text(monkeypatch):
    import random

    from tqcheck.text import document
    from tqcheck.text.chars import LATIN_WORD_RE, WORD_RE

    rng = random.Random(9)
    alphabet = ["a", "Bc", " ", "\n", "\n\n", "-", "’", ".", "3", "中", "é", "_", "\t", ", "]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(300)]
    for size in (1, 4, 1 << 16):
        monkeypatch.setattr(document, "_WORD_PIECE", size)
        for text in texts:
            doc = Document(text)
            rx = WORD_RE if "中" in text else LATIN_WORD_RE
            assert [tuple(w) for w in doc.words] == [(m.start(), m.end(), m.group()) for m in rx.finditer(text)]
            gaps = [text[a:b] for a, b in zip([0, *doc.word_ends], [*doc.word_starts, len(text)])]
            assert list(doc._word_gaps) == gaps and doc._word_gaps[-1] == gaps[-1]
            assert [doc.comma_before(a, b) for a in range(len(gaps)) for b in range(a - 1, min(a + 3, len(gaps)))] \
                == [any("," in g for g in gaps[a:b + 1]) for a in range(len(gaps)) for b in range(a - 1, min(a + 3, len(gaps)))]
            assert doc.word_count == document.count_words(text)


def test_words_indexed_after_a_document_was_made_are_found_in_later_documents():
    from tqcheck.text import index_words

    key = "zzq-indexed-late"
    keys = frozenset({key, "the"})
    assert Document("the zzq-indexed-late").keys_present(keys) == keys  # found by a scan of its own
    index_words([key])
    later = Document("The zzq-indexed-late word and the zzq-indexed-late one.")
    assert later.keys_present(keys) == keys
    assert sorted(later.positions_of(keys)) == [0, 1, 4, 5]
    assert list(later.word_positions(key)) == [1, 5]


def test_a_released_document_computes_its_layers_again():
    doc = Document("He said “yes.” They left.", has_source=True)
    words, sentences, tags = list(doc.word_texts), len(doc.sentences), doc.tagged.tag(0)
    doc.release()
    assert doc.has_source and list(doc.word_texts) == words and len(doc.sentences) == sentences
    assert doc.tagged.tag(0) == tags


def test_forget_drops_only_what_was_kept_for_that_other_document():
    source, one, two = Document("源文。", "zh"), Document("One."), Document("Two.")
    source.memo_with("pairs", one, lambda: ["one"])
    source.memo_with("other pairs", two, lambda: ["two"])
    assert source.memo("words", lambda d: ("源文", "。")) == ("源文", "。")
    source.forget(one)
    assert source.memo_with("pairs", one, lambda: ["again"]) == ["again"]  # made again
    assert source.memo_with("other pairs", two, lambda: ["no"]) == ["two"]  # kept
    assert source.memo("words", lambda d: ()) == ("源文", "。")  # kept
