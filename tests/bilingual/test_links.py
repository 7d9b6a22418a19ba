"""Links the alignment must not make by chance, beside look-alikes it must still make:
a name's consonants among ordinary words, and five shared letters of a stem."""

from __future__ import annotations

from tqcheck.bilingual import english
from tests.bilingual.test_alignment import _al, _links

_LIU = "北京市商务局副局长刘梅英在25日举行的媒体通气会上介绍，消费季将继续。"


def test_a_chinese_name_takes_no_ordinary_words_by_consonants():
    # 刘梅英 L-M-Y: its consonants are found among Municipal Commerce, which render 市 and 商务
    al = _al(_LIU, "On the 25th, the deputy director of the Beijing Municipal Commerce Bureau said the season goes on.")
    assert _links(al, "刘梅英") == []
    al = _al(_LIU, "On the 25th, Liu Meiying, deputy director of the Beijing Municipal Commerce Bureau, said the "
                   "season goes on.")
    assert _links(al, "刘梅英") == ["Liu", "Meiying"]
    # 李斯 is no Journalists (记者), but 刘易斯 is still Lewis, a rare word
    al = _al("（参与记者：尹南、李斯）", "(Journalists engaging in the report: Yin Nan)")
    assert _links(al, "李斯") == []
    assert _links(_al("刘易斯说会谈很有益。", "Lewis said the talks were useful."), "刘易斯") == ["Lewis"]


def test_a_name_takes_no_word_another_source_word_renders():
    # 上海站 is no Russian: 俄罗斯 renders it. It is the Shanghai of Shanghai Station
    al = _al("探索俄罗斯美食之上海站项目将举办。", "The Exploring Russian Food in Shanghai Station project will be held.")
    assert _links(al, "俄罗斯") == ["Russian"]
    assert "Russian" not in _links(al, "上海站")
    # 史宾塞 S-P-S is no Spinoza, which 斯宾诺莎 renders, but Spencer
    al = _al("代表人物：斯宾诺莎、史宾塞等。", "Represented by Spinoza, Spencer and others.")
    assert _links(al, "史宾塞") == ["Spencer"] and _links(al, "斯宾诺莎") == ["Spinoza"]
    # a transliteration beside another name keeps its own spelling
    al = _al("卡拉斯会见了俄罗斯外长。", "Kallas met the Russian foreign minister.")
    assert _links(al, "卡拉斯") == ["Kallas"] and _links(al, "俄罗斯") == ["Russian"]


def test_five_shared_letters_are_no_stem_unless_the_words_are_kin():
    # 完成 "complete" is no complacency; 国家 "country" no counted
    al = _al("究竟要等多久才会完成", "How long do I have to wait, I fear complacency.")
    assert _links(al, "完成") == []
    # a real stem: more letters shared (ecology ~ ecological), or WordNet relates the two (medicine ~ medical)
    assert _links(_al("保护生态。", "Protect the ecological environment."), "生态") == ["ecological"]


def test_stems_agree_by_letters():
    assert english.stems_agree("development", "develop")
    assert english.stems_agree("power", "powerful")
    assert english.stems_agree("whiskey", "whisky") and english.stems_agree("theater", "theatre")
    assert english.stems_agree("interprovincial", "inter-provincial")
    assert english.stems_agree("count", "country") is None  # -ry makes no word of count
    assert english.stems_agree("complete", "complacency") is None
    assert english.stems_agree("medicine", "medical") is None  # only WordNet can tell


def test_stem_kin_asks_wordnet_when_letters_cannot_tell():
    from tqcheck.bilingual.align import _stem_kin

    assert _stem_kin("medicine", "medical") and _stem_kin("digitize", "digital")
    assert _stem_kin("smart", "smartphone") and _stem_kin("laugh", "laughingstock")  # a compound with another word
    assert not _stem_kin("complete", "complacency") and not _stem_kin("green", "greenland")
    assert not _stem_kin("interest", "internal")


def test_a_placeholder_the_target_cuts_in_pieces_is_still_anchored():
    # the target's word pattern cuts #PRS_ORG# at its underscore: the pieces together are the token
    al = _al("#PRS_ORG#的客服说可以退款。", "The #PRS_ORG# customer service said a refund is possible.")
    assert _links(al, "PRS_ORG") == ["PRS", "ORG"]
    # a piece alone is no rendering, and a hashtag of Chinese words is aligned as words
    assert _links(_al("#PRS_ORG#的客服说可以退款。", "The PRS customer service said a refund is possible."),
                  "PRS_ORG") == []
    assert _links(_al("#春节#快乐", "Happy Spring Festival"), "春节") == ["Spring", "Festival"]
