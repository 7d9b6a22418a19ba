"""Grammar slips typical of translations (``fluency/grammar``): articles,
agreement, verb forms after modals, confused words, doubled words, double
comparatives and capitalisation. Every rule looks at a word and its
neighbours only, and fires only where the slip is certain."""

MODULES = ("agreement", "articles", "casing", "clauses", "comparatives", "confusables", "contractions", "doubled",
           "modals", "negation", "number", "pronouns", "subject", "tenses", "verbforms")
