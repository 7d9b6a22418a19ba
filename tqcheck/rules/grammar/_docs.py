"""Why each grammar rule exists (see ``tqcheck rules ID``)."""

from .._links import MQM

_AGREE = ("Subject–verb agreement errors are among the first things a reader notices; Chinese verbs do not "
          "inflect, so translations from Chinese and machine output slip here. ")
_CONFUSE = ("Sound-alike words pass a spelling check but change the grammar or meaning; the rule fires only in "
            "contexts where one of the pair is certain. ")
_CONTRACT = ("Apostrophe contractions and their possessive or adverb look-alikes (it's/its, your/you're, "
             "their/there) are the classic errors a spell checker cannot see. ")

DOCS = {
    "grammar.agreement.be-have-do": (_AGREE + "Forms of be, have and do are irregular and the slip is certain "
                                     "next to a pronoun.", MQM),
    "grammar.agreement.plural-subject": (_AGREE + "An -s verb after I, we or they is always wrong.", MQM),
    "grammar.agreement.question": (_AGREE + "In a question the auxiliary comes before its subject, which hides "
                                   "the mismatch from a quick reading.", MQM),
    "grammar.agreement.third-person": (_AGREE + "A bare verb after he, she or it is wrong except in the "
                                       "subjunctive and after modals, which the rule leaves alone.", MQM),
    "grammar.articles.a-an": (
        "The choice of a/an follows the sound, not the letter (an hour, a university, an MBA); a wrong one is "
        "heard at once when read aloud.", MQM),
    "grammar.articles.double": (
        "Two articles in a row are a leftover of an edit or of a machine translation that rendered a "
        "determiner twice.", MQM),
    "grammar.casing.pronoun-i": ("English writes the pronoun I in capitals everywhere; lower case i reads as "
                                 "chat, not publishable text.", MQM),
    "grammar.casing.sentence-start": (
        "A sentence begins with a capital; a lower-case start usually means a lost full stop or a fragment "
        "left over from segmentation.", MQM),
    "grammar.comparatives.double": (
        "A comparative or superlative is marked once, by -er/-est or by more/most; both together (more better) "
        "is ungrammatical in standard English.", MQM),
    "grammar.confusables.advice-advise": (_CONFUSE + "advice is the noun, advise the verb.", MQM),
    "grammar.confusables.affect-effect": (_CONFUSE + "affect as a noun is a psychology term; in news it is "
                                          "almost always effect.", MQM),
    "grammar.confusables.effect-affect": (_CONFUSE + "to effect means to bring about, which is rarely what is "
                                          "meant after an adverb such as negatively.", MQM),
    "grammar.confusables.fewer-less": (
        _CONFUSE + "Standard written English uses fewer with countable plurals and less with mass nouns "
        "(AP and Chicago both keep the distinction).", MQM),
    "grammar.confusables.lose-loose": (_CONFUSE + "loose is an adjective; the verb is lose.", MQM),
    "grammar.confusables.principal-principle": (_CONFUSE + "principal is the adjective (main) and the person; "
                                                "principle is the rule.", MQM),
    "grammar.confusables.how-what-like": (_CONFUSE + "A question about what something is like opens with what; "
                                          "how is it like? is a learner's blend of how is it? and what is it "
                                          "like?", "https://community.languagetool.org/rule/list?lang=en"),
    "grammar.confusables.then-than": (_CONFUSE + "After a comparative English uses than.", MQM),
    "grammar.confusables.to-too": (_CONFUSE + "too means also or excessively; to is the preposition and the "
                                   "infinitive marker.", MQM),
    "grammar.contractions.it-is-its": (_CONTRACT + "it's always means it is or it has.", MQM),
    "grammar.contractions.its-it-is": (_CONTRACT + "its is the possessive, so before not or been the writer "
                                       "meant it's.", MQM),
    "grammar.contractions.own": (_CONTRACT + "own follows a possessive (their own, your own).", MQM),
    "grammar.contractions.their-there": (_CONTRACT + "The existential construction is there is/are.", MQM),
    "grammar.contractions.whose-who-is": (_CONTRACT + "whose is the possessive; who's means who is or who has.",
                                          MQM),
    "grammar.contractions.your-you-are": (_CONTRACT + "your is the possessive; you're means you are.", MQM),
    "grammar.doubled.word": (
        "A doubled word is an editing slip that the eye skips over when reading for sense; legitimate doublings "
        "(had had, that that) and names are left alone.", MQM),
    "grammar.modals.double": (
        "English allows one modal (or do) before a verb: could should do, I don't will, does someone can are "
        "learners' and machine translation's slips for could do, I won't, can someone; a second modal "
        "meaning needs a paraphrase (will be able to, might have to).", MQM),
    "grammar.modals.do-form": (
        "After do, does or did English uses the bare verb (didn't go); a past or -s form after them is a "
        "common learner and MT error.", MQM),
    "grammar.modals.verb-form": (
        "Modal verbs take the bare infinitive (can go, will be); any other form after them is ungrammatical.",
        MQM),
}

_TAGGED = ("It reads the tagged token layer (parts of speech and lemmas from lemminflect and the bundled Hunspell "
           "dictionary, disambiguated by rules written as data), so it sees patterns single-word lists miss. ")

DOCS.update({
    "grammar.clauses.comma-splice": (_TAGGED + "A comma cannot join two independent clauses in edited English"
                                     "; machine output and translators from Chinese, which "
                                     "joins clauses with a comma, produce it often.", MQM),
    "grammar.clauses.ellipsis-splice": (_TAGGED + "An ellipsis marks an omission, not a sentence boundary; a "
                                        "lower-case sentence after it reads as a run-on.", MQM),
    "grammar.negation.double": (_TAGGED + "Two negatives cancel in standard English; in news copy the double "
                                "negative reads as dialect or as a slip.", MQM),
    "grammar.number.a-plural": (_TAGGED + "The indefinite article marks one thing; before a plural it is a "
                                "number agreement slip, often left by an edit.", MQM),
    "grammar.number.many-singular": (_TAGGED + "many, few and several count plurals; before a singular or a mass "
                                     "noun the agreement is broken.", MQM),
    "grammar.number.there-is-plural": (_TAGGED + "The verb of an existential there agrees with the noun after "
                                       "it; there is many is a common slip of speech that edited text avoids.",
                                       MQM),
    "grammar.number.this-plural": (_TAGGED + "this agrees in number with its noun; Chinese demonstratives do not "
                                   "mark number, so translations slip here.", MQM),
    "grammar.pronouns.and-i": (_TAGGED + "After a preposition English uses the object form (between you and me); "
                               "and I there is a hypercorrection.", MQM),
    "grammar.pronouns.and-me": (_TAGGED + "A subject takes the subject form even when coordinated (my mother and "
                                "I went).", MQM),
    "grammar.pronouns.object-and": (_TAGGED + "An object pronoun opening a coordinated subject (Him and I) is "
                                    "informal speech, not edited prose.", MQM),
    "grammar.pronouns.want-that": (_TAGGED + "English want takes an object and a to-infinitive; want that + clause "
                                   "is a calque from languages (Chinese among them) that allow it.", MQM),
    "grammar.subject.of-phrase": (_TAGGED + "The verb agrees with the head of the subject, not the noun of the "
                                  "of-phrase before it (The number of visitors has); a number of and collective "
                                  "nouns are left alone.", MQM),
    "grammar.subject.plural-noun": (_TAGGED + "A plural noun subject needs a plural verb; Chinese verbs do not "
                                    "inflect, so the -s is easily put on the wrong word.", MQM),
    "grammar.subject.question": (_TAGGED + "In a question the auxiliary agrees with the subject after it, where "
                                 "the mismatch is easy to miss.", MQM),
    "grammar.tenses.perfect-finished-time": (_TAGGED + "English uses the simple past with a finished time (in "
                                             "2020, last week, yesterday); the present perfect there is a "
                                             "frequent error of translations from Chinese, which marks aspect, "
                                             "not tense.", MQM),
    "grammar.tenses.since-simple": (_TAGGED + "since + a point in time needs the present perfect (has worked "
                                    "here since 2019); a simple tense there is a calque.", MQM),
    "grammar.verbforms.perfect-past": (_TAGGED + "have and be take the past participle (has become, had gone); the "
                                       "simple past there is an irregular-verb slip.", MQM),
    "grammar.verbforms.to-past": (_TAGGED + "to takes the base form of the verb; a past or -s form after it is a "
                                  "slip.", MQM),
    # confusions and fixed phrases (LanguageTool's CONFUSED_WORDS and TYPOS classes)
    "grammar.confusions.words": (_CONFUSE + "Each line of the table names the neighbouring words or tags that "
                                 "leave one reading only (I could breath, to the extend that, could of been, "
                                 "walked passed the school), with its own example.", MQM),
    "grammar.confusions.apostrophes": (_CONTRACT + "These lines cover the places the contraction rules leave: "
                                       "after a verb or as (borrow it's approach), by who's standards, if your "
                                       "thinking, Lets go, It let's you.", MQM),
    "grammar.confusions.apostrophe-forms": ("An apostrophe belongs in a noun's possessive or a contraction; a capital "
                                            "after it (We'Re), 's on a verb (it become's) or after a plural "
                                            "(employees's) is a typing slip a spelling check passes.", MQM),
    "grammar.idioms.eggcorn": ("A fixed phrase with a sound-alike word in it (for all intensive purposes, sneak "
                               "peak, free reign) passes a spelling check and marks the writer as unsure of the "
                               "idiom; only phrases with no other reading are listed.", MQM),
})

# issue 20, second round: classes chosen by the uncovered LanguageTool GRAMMAR examples
_LT = "https://community.languagetool.org/rule/list?lang=en"
DOCS.update({
    "grammar.auxiliaries.bare-participle": (_TAGGED + "A past participle without have (he done it, it begun) "
                                            "is dialect or a slip; edited prose uses the simple past.", MQM),
    "grammar.auxiliaries.do-question": (_TAGGED + "do/does/did carries the tense and person in a question, so the "
                                        "main verb stays in its base form (Did it work?).", MQM),
    "grammar.auxiliaries.have-inverted": (_TAGGED + "An inverted perfect (Have you gone?) needs the participle "
                                          "like any perfect; the inversion hides the slip.", MQM),
    "grammar.auxiliaries.stative-progressive": (_TAGGED + "Verbs of state (know, understand, seem, belong) are not "
                                                "used in the progressive in standard English; a learner's and "
                                                "translator's slip. Advice.", _LT),
    "grammar.auxiliaries.was-been": (_TAGGED + "be + been is no English tense; has/have been or the simple past "
                                     "was meant.", MQM),
    "grammar.complements.afraid": (_TAGGED + "afraid is an adjective; without be the sentence has no verb (I "
                                   "afraid of).", MQM),
    "grammar.complements.allow-to": (_TAGGED + "allow, enable and permit need an object before a to-infinitive "
                                     "(allows us to see) or take an -ing form.", _LT),
    "grammar.complements.explain-to": (_TAGGED + "explain does not take an indirect object without to (explain "
                                       "to me why), unlike tell or show.", _LT),
    "grammar.complements.gerund-verb": (_TAGGED + "consider, enjoy, avoid and finish take an -ing complement, "
                                        "not a to-infinitive.", _LT),
    "grammar.complements.graduate-from": (_TAGGED + "In edited English one graduates from a school; the transitive "
                                          "use is informal American speech.", _LT),
    "grammar.complements.help-ing": (_TAGGED + "help takes a bare or to-infinitive and advise someone takes a "
                                     "to-infinitive; an -ing form there is ungrammatical.", _LT),
    "grammar.complements.mean-to": (_TAGGED + "Something means a lot to someone; for is a calque.", _LT),
    "grammar.complements.to-ing": (_TAGGED + "After words that take an infinitive (eager, decide, able), to is "
                                   "the infinitive marker and the verb stays in its base form.", MQM),
    "grammar.concord.between-pronoun": (_TAGGED + "A preposition takes the object form of a pronoun (between him "
                                        "and me).", MQM),
    "grammar.concord.singular-subject": (_TAGGED + "A singular noun subject takes a singular verb; Chinese verbs do "
                                         "not inflect, so translations drop the -s or use are. Collective nouns, "
                                         "which British English makes plural, are left alone.", MQM),
    "grammar.determiners.a-hundreds": (_TAGGED + "After a or one, hundred, thousand and million stay singular (a "
                                       "hundred people).", MQM),
    "grammar.determiners.a-superlative": (_TAGGED + "A superlative picks one out of a set, so it takes the, not "
                                          "a/an.", MQM),
    "grammar.determiners.adjective-of": (_TAGGED + "An article, an adjective and of with no noun between them "
                                         "usually means a noun was lost in editing or translation.", _LT),
    "grammar.determiners.article-pronoun": (_TAGGED + "An article before a pronoun (the my life) is an editing "
                                            "leftover: one of the two words must go.", MQM),
    "grammar.determiners.copula-superlative": (_TAGGED + "A superlative before its noun needs the (This is the best "
                                               "way); Chinese has no articles, so translations drop it.", MQM),
    "grammar.determiners.decade-the": (_TAGGED + "A decade (the 1990s) is a period and takes the; Chinese has no "
                                       "article to carry over.", MQM),
    "grammar.determiners.each-plural": (_TAGGED + "every and each single out members one at a time and take a "
                                        "singular noun.", MQM),
    "grammar.determiners.of-bare-noun": (_TAGGED + "all/most/some of needs a determined noun after it (most of the "
                                         "students); otherwise drop of.", MQM),
    "grammar.phrasing.extreme-adjective": ("extremely + a plain adjective reads weaker than the strong adjective "
                                           "English has for it (exhausted, tiny); style advice only.", _LT),
    "grammar.phrasing.comprised-of": ("comprise means consist of (the whole comprises the parts), so comprised of "
                                      "says consist of of; usage guides and LanguageTool correct it to composed "
                                      "of or consists of. Advice: the usage is common, but careful news copy "
                                      "avoids it.", "https://www.merriam-webster.com/dictionary/comprise"),
    "grammar.hyphens.compound-adjective": (
        _TAGGED + "Words that together modify a following noun are hyphenated (a head-to-head race, a "
        "year-on-year rise); written apart they are read one by one, and the phrase stumbles. Only a class whose reading "
        "before a noun is certain is checked.", MQM),
    "grammar.realword.slot": (
        _TAGGED + "A typo that makes another dictionary word passes a spelling check; where the slot demands a "
        "verb or an adjective and the word can be neither, a far more frequent one-letter neighbour that fits is "
        "almost always what was meant.", MQM),
    "grammar.wordpairs.real-word": (
        "A typo that makes another common word (a but and, analysis if rock) passes a spelling check and most "
        "word patterns; the words on both sides give it away, because it forms no attested pair with either of "
        "them while its one-letter neighbour forms a frequent pair with both. The pair counts come from Google "
        "Books through SymSpell's lists.", "https://github.com/wolfgarbe/SymSpell#frequency-dictionary"),
    "grammar.phrasal.closed-verb": (
        _TAGGED + "A compound noun written as one word (workout, setup, cleanup) passes a spelling check where the "
        "phrasal verb, two words, is meant (can work out, to set up the server); the compounds are the lexicon's "
        "nouns that read as a verb plus a particle, and the rule fires only where a verb must stand.", MQM),
    "grammar.slots.too-to": (
        _TAGGED + "too grades an adjective or an adverb; before a determiner, a number or a bare verb (too all the "
        "locations, too 1000's of Hertz, her too do it) only to fits, and a spelling check cannot see the slip.",
        MQM),
    "grammar.slots.adverb": (
        _TAGGED + "Between be and an adjective or participle only an adverb fits; a noun or bare verb there that is "
        "one letter from a far more frequent adverb (vary -> very, jet -> yet) is a typo a spelling check passes.",
        MQM),
    "grammar.wordodds.real-word": (
        "A typo that makes another common word (which if quite fast, want too go) passes a spelling check; where "
        "its pairs with both neighbours are attested but far weaker than those of a one-letter neighbour of "
        "another part of speech, the neighbour is what was meant. The pair counts come from Google Books through "
        "SymSpell's lists.", "https://github.com/wolfgarbe/SymSpell#frequency-dictionary"),
    "grammar.slots.date-preposition": (
        "English puts a day, named or dated, after on and a month or a year after in (on Monday, on February 21, "
        "in February); Chinese 在 covers all three, so translations slip here.", MQM),
    "grammar.realword.split-the": ("A space typed one letter early splits the from the word before it (fort he, "
                                   "oft he); both halves are words, so a spelling check passes it.", MQM),
    "grammar.pronouns.after-preposition": (
        _TAGGED + "The object of a preposition takes the object form (to me, with whom); Chinese pronouns do not "
        "inflect for case, so translations slip here. A pronoun that opens a clause after the preposition is "
        "left alone.", MQM),
    "grammar.phrasing.preposition": ("A preposition the verb does not take (discuss about, regarding to, despite "
                                     "of) is a frequent learner's and translator's slip; the table lists only "
                                     "combinations that are always wrong.", MQM),
    "grammar.wordorder.adverb-aux": (_TAGGED + "A frequency adverb goes after the first auxiliary (will always, "
                                     "have often been).", _LT),
    "grammar.wordorder.adverb-be": (_TAGGED + "A frequency adverb goes after a finite form of be (I am sometimes "
                                    "happy); before it only for emphasis, which the rule leaves alone at a "
                                    "clause end.", _LT),
    "grammar.wordorder.adverb-participle": (_TAGGED + "A frequency adverb goes after the first auxiliary (has always "
                                            "been), not between been and the participle.", _LT),
    "grammar.wordorder.article-adverb": (_TAGGED + "An article, an adverb and an article again is an editing "
                                         "leftover (the exactly the same).", MQM),
    "grammar.auxiliaries.i-ing": (_TAGGED + "A progressive needs its form of be (I am looking); without it the "
                                  "clause has no finite verb.", MQM),
    "grammar.concord.question-be": (_TAGGED + "In a wh-question is/was agrees with the plural subject after it "
                                    "(Where are your dogs?), where the mismatch is easy to miss.", MQM),
    "grammar.conjunctions.neither-or": (_TAGGED + "neither pairs with nor in edited English; neither … or is "
                                        "informal.", _LT),
    "grammar.degree.even-superlative": (_TAGGED + "even intensifies a comparative (even worse); a superlative after "
                                        "it is a slip.", _LT),
    "grammar.degree.superlative-than": (_TAGGED + "than follows a comparative (worse than); a superlative before it "
                                        "is a slip.", MQM),
    "grammar.negation.hardly": (_TAGGED + "hardly, scarcely and barely are negative already; with a negated "
                                "auxiliary they make a double negative.", MQM),
    "grammar.negation.not-nobody": (_TAGGED + "not and nobody/nothing in one clause make a double negative, which "
                                    "standard English reads as a positive.", MQM),
    "grammar.negation.too-either": (_TAGGED + "After a negative, also at the end of a clause is either (she isn't "
                                    "either).", _LT),
    "grammar.number.there-are-singular": (_TAGGED + "The verb of an existential there agrees with the noun "
                                          "after it; a plural verb before a singular noun means one of the two "
                                          "lost its number.", MQM),
    "grammar.number.quantity-singular": (_TAGGED + "Words that count things (a number of, hundreds of, a lot "
                                         "of, many kinds of) take a plural count noun; Chinese nouns do not mark "
                                         "number, so translations drop the plural. Whether a noun counts is read off "
                                         "how common its plural is against its singular.", MQM),
    "grammar.number.number-singular": (_TAGGED + "A number above one takes a plural noun; Chinese nouns do not mark "
                                       "number, so translations drop the -s.", MQM),
    "grammar.number.apostrophe-plural": ("An apostrophe does not make a plural (7 reasons, not 7 reason's); after "
                                         "a number the word can only be a plural unless a noun follows it (5 "
                                         "year's time). Acronyms are left alone because style guides differ "
                                         "(CDs, CD's).", _LT),
    "grammar.number.these-singular": (_TAGGED + "these and those agree with a plural noun (these errors, this "
                                      "kind of error).", MQM),
    "grammar.number.this-be": (_TAGGED + "A demonstrative pronoun subject agrees with its verb (These are, This "
                               "was).", MQM),
    "grammar.prepositions.on-clock-time": (_TAGGED + "English uses at with a clock time (at 7 p.m.) and on with a "
                                           "day or date.", _LT),
    "grammar.prepositions.repeated": (_TAGGED + "A preposition and article typed twice (at the at the) is an "
                                      "editing leftover the doubled-word check does not see.", MQM),
    "grammar.auxiliaries.did-past": (_TAGGED + "do/does/did carries the tense; the verb after it stays in its base "
                                     "form (did go).", MQM),
    "grammar.complements.afford": (_TAGGED + "afford takes a to-infinitive (cannot afford to spend).", _LT),
    "grammar.complements.interested-in": (_TAGGED + "A person is interested in something; interesting describes what "
                                          "arouses the interest.", _LT),
    "grammar.concord.does-plural": (_TAGGED + "does is third person singular; with I, you, we or they the "
                                    "auxiliary is do.", MQM),
    "grammar.concord.relative-plural": (_TAGGED + "A relative pronoun takes the number of the noun it refers to "
                                        "(people who have); one of the … who has is left alone.", MQM),
    "grammar.degree.article-double": (_TAGGED + "A comparative is marked once; a more older city doubles it.", MQM),
    "grammar.degree.as-than": (_TAGGED + "Equality is as … as; than belongs to comparatives.", MQM),
    "grammar.degree.same-than": (_TAGGED + "the same is followed by as, not than or like.", MQM),
    "grammar.fragments.subordinate": (_TAGGED + "A subordinate clause alone is a sentence fragment: edited prose "
                                      "joins it to a main clause. Quoted speech is left alone.", MQM),
    "grammar.missing.apostrophe": (_TAGGED + "A negative contraction without n't (I haven a clue) changes the word; "
                                   "after a subject pronoun it is certain.", MQM),
    "grammar.missing.verb-after-adverb": (_TAGGED + "A subject, an adverb and then an article leave the clause "
                                          "without its verb, usually lost in editing.", MQM),
    "grammar.missing.verb-after-do": (_TAGGED + "don't + a wh-word has lost its verb (don't know where).", MQM),
    "grammar.number.some-singular": (_TAGGED + "some, several or both before a count noun take the plural, as the "
                                     "plural verb after it shows.", MQM),
    "grammar.concord.relative-singular": (_TAGGED + "A relative pronoun takes the number of the noun it refers to "
                                          "(the woman who lives); collective nouns are left alone.", MQM),
    "grammar.complements.depend-on": (_TAGGED + "depend takes on before its object (depends on you, depending on "
                                      "the weather).", _LT),
    "grammar.complements.object-infinitive": (_TAGGED + "allow, want, ask, tell and force take an object and a "
                                              "to-infinitive; only let, make, help, see and the like take a bare "
                                              "verb.", _LT),
    "grammar.concord.who-question": (_TAGGED + "who as the subject of a question takes a singular verb (Who wants "
                                     "to go?).", MQM),
    "grammar.determiners.no-noun": (_TAGGED + "An article announces a noun; one left before a stop, a verb or "
                                    "an adjective alone is an edit leftover or a dropped word.", MQM),
    "grammar.determiners.one-plural": (_TAGGED + "one takes a singular noun (one foot).", MQM),
    "grammar.phrasing.fixed": ("A set phrase with a word wrong in it (can able to, if or not, let's don't) reads as a "
                               "slip; the table lists only forms that are always wrong.", _LT),
    "grammar.verbforms.passive-base": (_TAGGED + "A passive is be + the past participle; an -s form or a base form "
                                       "before by there is a slip.", MQM),
    "grammar.verbforms.please-base": (_TAGGED + "A request with please is an imperative and takes the base form.",
                                      MQM),
    "grammar.verbgroups.pronoun-ing": (_TAGGED + "A progressive needs be: a subject pronoun directly before an -ing "
                                       "verb has lost its auxiliary (he walking).", MQM),
    "grammar.verbgroups.have-base": (_TAGGED + "A perfect is have + the past participle; a base form after have "
                                     "(has often rain) is a dropped ending.", MQM),
    "grammar.verbgroups.object-subject": (_TAGGED + "The subject of a finite verb takes the subject form (She has, "
                                          "not Her has).", MQM),
    "grammar.verbgroups.if-would-have": (_TAGGED + "An unreal past condition puts the past perfect in the "
                                         "if-clause and would have in the main clause.", _LT),
    "grammar.tenses.present-finished-time": (_TAGGED + "A time that is over (last year, two days ago) needs a past "
                                             "verb; Chinese marks tense with words, not verb forms, so MT keeps "
                                             "the present.", MQM),
    "grammar.nounphrases.a-uncountable": (_TAGGED + "An uncountable noun takes no a/an (research, advice, "
                                          "progress); Chinese nouns make no count/mass distinction, so MT adds "
                                          "the article.", MQM),
    "grammar.verbgroups.and-subject": (_TAGGED + "Two noun phrases joined by and make a plural subject, the more "
                                       "plainly when the second is plural.", MQM),
    "grammar.verbgroups.name-question": (_TAGGED + "In a question the auxiliary agrees with the subject after it; "
                                         "one name is singular (Has Mary…?).", MQM),
    "grammar.verbgroups.they-s-verb": (_TAGGED + "I and they take the plain verb; an -s word after them that is "
                                       "followed by its object is the verb, not a plural noun.", MQM),
    "grammar.negation.not-not": (_TAGGED + "Two negations in a row cancel out; in edited prose they are a slip "
                                 "(Chinese 不能不, must, comes out as cannot not).", MQM),
    "grammar.wordorder.adverb-subject": (_TAGGED + "An opening negative adverb inverts the clause (Never have I "
                                         "seen); always goes after the subject and auxiliary.", _LT),
})
