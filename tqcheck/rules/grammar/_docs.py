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
