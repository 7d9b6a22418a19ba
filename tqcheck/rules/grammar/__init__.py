"""Grammar slips typical of translations (``fluency/grammar``): articles,
agreement, verb forms after modals, confused words, doubled words, double
comparatives and capitalisation. Every rule looks at a word and its
neighbours only, and fires only where the slip is certain.

The modules ``clauses``, ``negation``, ``number``, ``pronouns``, ``subject``,
``tenses`` and ``verbforms`` read the tagged token layer
(``Document.tagged``). They ship as advice (severity ``neutral``): on the MQM
newstest2020 annotations (``benchmarks/eval_mqm.py``) they fire too rarely on
MT output to measure a lift against chance, or (the comma splice) do not beat
it, and a rule must show a lift of 1.5 before it is penalised by default.
Raise them with ``[severity]`` in the settings once the evidence is there."""

MODULES = ("agreement", "articles", "casing", "clauses", "comparatives", "confusables", "confusions", "contractions",
           "doubled", "idioms", "modals", "negation", "number", "pronouns", "subject", "tenses", "verbforms")
