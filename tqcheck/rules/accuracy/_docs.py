"""Why each accuracy rule exists (see ``tqcheck rules ID``)."""

from .._links import MQM

_ALIGN = ("It reads the lexical alignment of the pair (CC-CEDICT glosses, pinyin and the known anchors), so it "
          "sees meaning a fluent target hides from a monolingual check. ")

DOCS = {
    "accuracy.addition": (_ALIGN + "Content in the translation that nothing in the source supports is MQM "
                          "Addition: an invented clause, name or number. Translators add explanations "
                          "legitimately, so it is advice until raised. Left alone: a clause rendering a name the "
                          "alignment cannot match (Mann Lao for 刘华智), or standing where the source has unmatched "
                          "words, a spelled-out quoted term (“六稳”), a repeated name, a place's location, a title "
                          "before a name.", MQM),
    "accuracy.dropped.conjunct": (_ALIGN + "One of two joined words dropped (改革和发展 as 'development') is an "
                                   "omission of one word, which accuracy.omission's clause test cannot see. "
                                   "Translators leave some words implicit and say others freely, so "
                                   "only words that professional references render (a table taken from them) are "
                                   "judged, and not where the translation keeps an 'and', has an unmatched word by "
                                   "the partner, or where the two words share a gloss.", MQM),
    "accuracy.dropped.modifier": (_ALIGN + "An adjective of a rendered noun dropped (公共图书馆 as 'a library') "
                                   "loses what kind of thing it is. Only adjectives (and nouns whose first gloss is a "
                                   "WordNet adjective: 国际, 军事) that professional references render are judged; "
                                   "intensifiers they leave out (重要, 主要, 相关) are not, and neither is a noun whose "
                                   "rendering has an unmatched word beside it.", MQM),
    "accuracy.gender.pronoun": (_ALIGN + "Chinese writes he (他) and she (她) differently, English too; a "
                                "swapped pronoun changes who did what. Where the source has no pronoun, a title or "
                                "noun that says the one person's gender on both sides (男子 / the man, 李先生 / "
                                "Mr. Li; read from CC-CEDICT's glosses) is the evidence, and so is a name an earlier "
                                "sentence called 他 or 她; two named people, a word of the pronoun's own gender, a "
                                "quotation or a country's 'she' leave it alone.", MQM),
    "accuracy.names.added": (_ALIGN + "A Chinese place that the source sentence does not name in any "
                             "spelling (Henan for 太湖) misplaces the story; machine output swaps one place for "
                             "another it has seen more often. Homophones (陕西 and 山西 both read shan xi) are "
                             "accepted. A place said twice (北京市 … 北京, 新疆维吾尔自治区 … 新疆) and spelled once may have had one "
                             "mention replaced; 省外 or 市场 is no provincial or city body that would explain "
                             "an added place.", MQM),
    "accuracy.names.changed": (_ALIGN + "A wrong name (Han Zhen for 韩正, Beijing for 上海) reads perfectly and "
                               "is among the most damaging errors a news translation can publish; raters call "
                               "97% major. Hong Kong spellings (Yu Pang-chun for 余鹏春) and "
                               "transliterations (Datuk Seri for 拿督斯里) are renderings. Untagged or cut names "
                               "(果园|村, 天水/n) count as swapped when unspelled and a name no source reading "
                               "spells (Milan, Fupinju) stands in; 当地 excuses only a place, not if "
                               "rendered 'local'.",
                               MQM),
    "accuracy.names.missing": (_ALIGN + "A name in the source and absent from the translation is an "
                               "omission a reader cannot detect; he or a title for it is fine, hence advice. "
                               "Words taken for names (惠民, 毛冠鹿 'tufted deer'), other spellings (Nguyen Duc "
                               "Kien), the place's kind (the province), the surname alone, cut names (准|东至) "
                               "and idioms (真|金白银), a person said again and a dropped byline are left alone; an "
                               "acronym or English word is no spelling of a name.", MQM),
    "accuracy.negation.added": (_ALIGN + "A negative with no counterpart in the source reverses the claim. "
                                "Constructions such as 直到…才 (not … until), 只好 (no choice but), 第一次 "
                                "(never … before) and 全力 (spare no effort) are rendered with a negative "
                                "legitimately, which the rule accounts for. A not or never on a verb whose source "
                                "clause, and the clauses around it, hold no negative is added even where another "
                                "clause negates; not only without but or also denies.", MQM),
    "accuracy.negation.lost": (_ALIGN + "A dropped 不, 没有 or 未 turns a denial into an assertion in a fluent "
                               "sentence. Renderings by a word (未嫁 single), an opposite (不算贵 cheap) or a positive "
                               "double negative are fine. Negatives inside words count where CC-CEDICT defines them "
                               "negatively (跟不上) or the segmenter glued them (餐未|送到); the verb a negative "
                               "governs is checked where it is rendered. 不得不 masks only its own negatives.", MQM),
    "accuracy.nontranslation": ("A fluent English text that renders almost none of the source is MQM "
                                "Non-translation: the wrong segment pasted, or a hallucinated output. WMT "
                                "scores it 25, like a critical error.", MQM),
    "accuracy.omission": (_ALIGN + "A whole source clause with no rendering is MQM Omission; the reader of the "
                          "translation cannot know it is missing. So is a named speaker turned into 'It was said "
                          "that' or a named subject into 'It', or 据X报道/X认为 dropped: the statement loses whose it "
                          "is. A speaker rendered with a pronoun, a conjunct beside an unmatched word, and a clause "
                          "whose place holds as many unmatched words (said freely) are not omissions.",
                          MQM),
    "accuracy.omission.tail": (_ALIGN + "Machine translation often renders a sentence's first clauses and stops, "
                               "dropping the rest; the reader cannot know. accuracy.omission wants four unmatched "
                               "words in one clause; a tail is judged as a whole, and only where the translation is "
                               "short for its source (at most 2.8 characters per Chinese character, where "
                               "references run 3 to 3.5) and has no unmatched content word after its last rendered "
                               "one (the tail said freely).", MQM),
    "accuracy.polarity.reversed": (_ALIGN + "Rose for fell (增长 rendered as a fall) inverts the news while every "
                                   "number stays right, so number checks cannot catch it. Word for word, an opposite is an antonym in "
                                   "Princeton WordNet 3.0 (first for 首次, private for 公共) or a contrast CC-CEDICT "
                                   "lexicalises (买卖); a bound turned round (500余 as fewer than 500) is the same fault. "
                                   "come/go, 'Under the decision', 'Worse,' and 'over the past two decades' "
                                   "are no reversal.", MQM),
    "accuracy.reference.unsupported": (_ALIGN + "With reference translations it also asks them: a name or title "
                                       "that the source does not support and that no human translator wrote "
                                       "(Sofian for Sophian, a made-up title) is MQM Mistranslation of the kind "
                                       "raters mark most surely (lift 1.8 on newstest2020). Human translators "
                                       "differ from each other in names too, so it is advice until raised.", MQM),
    "accuracy.questions.added": (_ALIGN + "A question mark the source does not ask turns a statement into a "
                                 "question, changing what was said. A request (麻烦你…) put as 'Can you…?' is a polite form, not a question added.",
                                 MQM),
    "accuracy.questions.lost": (_ALIGN + "A source question rendered as a statement reports an open question as "
                                "a fact. A wh-question closed by a full stop counts as a statement; a verb of asking "
                                "with no question word after it (ask for a refund) reports no question. A wh-question "
                                "reported as a clause (you don't know what will happen, I'll tell you the reason for…) and a "
                                "rhetorical 何必呢 said as its answer are renderings.", MQM),
    "accuracy.tense.reversed": (_ALIGN + "将 (will) rendered in the past, or 去年 (last year) in the future, "
                                "moves an event in time: a factual error, not a style choice. Chinese has no tense, so only "
                                "explicit time words count, and a past marker (已, 了) answers for its own clause: "
                                "a target that also says what has happened may put the rest in the future. Word for word, will "
                                "for a verb of a past-dated sentence, or a past verb for 将推出 or 将于8月揭晓, is the same fault.", MQM),
}
