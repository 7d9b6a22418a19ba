import tqcheck
from tqcheck.cli import main

ONLY_SPELLING = {"disable": ["*"], "enable": ["spelling"]}


def test_only_the_british_compound_on_the_sample_article(sample_text):
    # "counter-terrorism" in an otherwise American text (issue 20); nothing is misspelled
    report = tqcheck.check(sample_text, config=ONLY_SPELLING)
    assert [(i.rule, sample_text[i.start:i.end]) for i in report.issues] == [
        ("spelling.dialect.mixed", "counter-terrorism")]


def test_user_words_from_config_api_and_files(tmp_path):
    text = "The zorblax and the quuxine were approved."
    flagged = {text[i.start:i.end] for i in tqcheck.check(text, config=ONLY_SPELLING).issues}
    assert flagged == {"zorblax", "quuxine"}

    words = tmp_path / "words.txt"
    words.write_text("# project terms\nquuxine\n", encoding="utf-8")
    cfg = {**ONLY_SPELLING, "words": ["zorblax"], "words_files": [str(words)]}
    assert tqcheck.check(text, config=cfg).issues == []
    assert tqcheck.check(text, config=ONLY_SPELLING, resources={"words": ["zorblax", "quuxine"]}).issues == []


def test_cli_words_option(tmp_path, capsys):
    doc = tmp_path / "doc.txt"
    doc.write_text("The zorblax was approved.\n", encoding="utf-8")
    words = tmp_path / "words.txt"
    words.write_text("zorblax\n", encoding="utf-8")
    args = ["check", str(doc), "--no-config", "--disable", "*", "--enable", "spelling", "--format", "json"]
    # spelling.misspelled is advice (neutral) by default: docs/evidence.md
    assert main(args + ["--fail-on", "neutral"]) == 1
    assert "zorblax" in capsys.readouterr().out
    assert main(args + ["--fail-on", "neutral", "--words", str(words)]) == 0


def test_cli_words_file_missing_is_a_clear_error(tmp_path, capsys):
    doc = tmp_path / "doc.txt"
    doc.write_text("Fine text.\n", encoding="utf-8")
    assert main(["check", str(doc), "--no-config", "--words", str(tmp_path / "none.txt")]) == 2
    assert "cannot read word list" in capsys.readouterr().err


def test_config_file_words_files_are_relative_to_it(tmp_path, monkeypatch):
    (tmp_path / "terms.txt").write_text("zorblax\n", encoding="utf-8")
    (tmp_path / "tqcheck.toml").write_text(
        'disable = ["*"]\nenable = ["spelling"]\nwords_files = ["terms.txt"]\n', encoding="utf-8")
    doc = tmp_path / "doc.txt"
    doc.write_text("The zorblax was approved.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path.parent)
    assert main(["check", str(doc), "--config", str(tmp_path / "tqcheck.toml"), "--fail-on", "minor"]) == 0


def test_dialect_from_config():
    text = "The colour of the centre."
    assert tqcheck.check(text, config=ONLY_SPELLING).issues == []
    issues = tqcheck.check(text, config={**ONLY_SPELLING, "dialect": "us"}).issues
    assert [(text[i.start:i.end], i.suggestions[0]) for i in issues] == [("colour", "color"), ("centre", "center")]


def test_a_name_asked_about_alone_is_what_the_whole_set_says():
    from tqcheck.rules.spelling.misspelled import _names, _Names, _strip_possessive
    from tqcheck.text import Document

    doc = Document("Jones said so, and Kallas’ view and Hegseth's plan. Xis' note. O’Neill left. Ab's. "
                   "Lim spoke.\nHegseth opened. Noir agreed.")
    every = _names(doc)
    words = {_strip_possessive(w.replace("’", "'")) for w in doc.vocabulary} | {"Kallas", "Xis", "Nobody"}
    for word in sorted(words):
        assert (word in _Names(doc)) == (word in every), word  # asked alone
    asked = _Names(doc)  # and one after another, past the few it answers alone
    assert [w for w in sorted(words) if w in asked] == [w for w in sorted(words) if w in every]
    assert asked.found is not None
    assert "Hegseth" in every and "Kallas" in every and "Noir" not in every


def _names_by_place(doc):
    """``_names`` as it was first written: a test of each capitalised word's place."""
    from tqcheck.rules.grammar._context import sentence_openings
    from tqcheck.rules.spelling.misspelled import _strip_possessive

    openings = sentence_openings(doc)
    return {_strip_possessive(w.text.replace("’", "'")) for w in doc.words
            if w.text[:1].isupper() and w.start not in openings}


def test_names_counted_by_places_are_the_names_by_place():
    from tqcheck.rules.spelling.misspelled import _names
    from tqcheck.text import Document

    text = ("Hegseth opened. Kallas’ view was heard. Kallas spoke. “Noir agreed.” (Zhang left.) Then Zhang came. "
            "Hegseth's plan. Ab's. O’Neill left; O’Neill came.\nLim spoke. The EU met; EU said.")
    doc = Document(text)
    assert _names(doc) == _names_by_place(doc)
    assert "Noir" not in _names(doc) and "Lim" not in _names(doc) and "Zhang" in _names(doc)


def test_a_capitalised_typo_is_judged_only_where_a_sentence_opens_in_a_long_text():
    # past _FEW_WORDS words the names are the whole set, and the capitalised
    # doubtful words are visited at sentence openings only: a typo there is
    # reported, the same word used mid-sentence anywhere is a name
    filler = "The council met in the city and agreed on the plan for the year. " * 1000
    text = filler + "Goverment officials met. The officials left."
    flagged = [text[i.start:i.end] for i in tqcheck.check(text, config=ONLY_SPELLING).issues]
    assert flagged == ["Goverment"]
    text = filler + "Goverment officials met. The Goverment left."
    assert tqcheck.check(text, config=ONLY_SPELLING).issues == []
