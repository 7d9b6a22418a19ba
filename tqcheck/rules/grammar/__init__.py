"""Grammar slips typical of translations (``fluency/grammar``): articles,
agreement, verb forms after modals, confused words, doubled words, double
comparatives and capitalisation. Every rule looks at a word and its
neighbours only, and fires only where the slip is certain.

The modules ``auxiliaries``, ``clauses``, ``complements``, ``concord``,
``conjunctions``, ``degree``, ``determiners``, ``fragments``, ``hyphens``, ``missing``,
``negation``, ``nounphrases``, ``number``, ``phrasing``, ``prepositions``, ``pronouns``, ``realword``,
``subject``, ``tenses``, ``verbforms``, ``verbgroups`` and ``wordorder`` read the tagged token
layer (``Document.tagged``) or are tables of fixed phrases. They ship as advice (severity ``neutral``): on the MQM
newstest2020 annotations (``benchmarks/eval_mqm.py``) they fire too rarely on
MT output to measure a lift against chance, or (the comma splice) do not beat
it, and a rule must show a lift of 1.5 before it is penalised by default.
Raise them with ``[severity]`` in the settings once the evidence is there.
``confusions`` (confused words and apostrophes in their context) and
``idioms`` (eggcorns in fixed phrases) are tables of data, and ship as advice
for the same reason. ``wordpairs`` and ``wordodds`` weigh a common word
against its one-letter neighbours by Google Books pair counts; ``phrasal``
and ``slots`` read the tag layer (advice too)."""

MODULES = ("agreement", "articles", "auxiliaries", "casing", "clauses", "comparatives", "complements", "concord",
           "confusables", "confusions", "conjunctions", "contractions", "degree", "determiners", "doubled",
           "fragments", "hyphens", "idioms", "missing", "modals", "negation", "nounphrases", "number", "phrasal",
           "phrasing", "prepositions", "pronouns", "realword", "slots", "subject", "tenses", "verbforms", "verbgroups",
           "wordodds", "wordorder", "wordpairs")
