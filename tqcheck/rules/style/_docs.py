"""Why each style rule exists (see ``tqcheck rules ID``).

Style rules are advice: unless the measured evidence says otherwise their
default severity is neutral (docs/evidence.md).
"""

from .._links import MQM

DOCS = {
    "style.adverbs.stacked": (
        "Two -ly adverbs on one verb are usually one too many; translations from Chinese stack them where the "
        "source has an adverbial phrase.", MQM),
    "style.attribution.said-that": (
        "News English reports speech with “said” and drops “that” after it where nothing is ambiguous; "
        "“said that” is a calque of 说/表示 and adds a word per attribution.", MQM),
    "style.attribution.verb": (
        "AP and most newsrooms prefer “said” for attribution: it is neutral, while stated, expressed or "
        "indicated suggest a judgement about the speaker, and they render 表示 word for word.", MQM),
    "style.boilerplate.disclaimer": (
        "Platform disclaimers and copyright notices belong to the source site, not to the article; translated "
        "word for word they read as noise.", MQM),
    "style.boilerplate.label": (
        "Labels such as 原文 (original text) or 责任编辑 (editor in charge) are page furniture of the source "
        "platform, not content.", MQM),
    "style.conjunction.start": (
        "Starting a sentence with But or And is accepted in news writing (Chicago allows it) but some "
        "house styles for formal text discourage it, so it is advice in the general profile.", MQM),
    "style.length.sentence": (
        "Long sentences are harder to read; translations that keep a Chinese sentence's full length run well "
        "past what news editors aim for.", MQM),
    "style.openers.repeated": (
        "Sentences that open the same way in quick succession read as monotonous, a pattern of translations "
        "that follow the source's parallel structure.", MQM),
    "style.quotation.parentheses": (
        "Inside a direct quotation an editor's insertion goes in square brackets, so the reader can tell the "
        "speaker's words from the writer's (Chicago and most house styles).", MQM),
    "style.translationese": (
        "Calques of Chinese set phrases (play a role, make contributions, relevant departments) are grammatical "
        "but mark a text as translated; the natural English is given.", MQM),
    "style.wordy.phrase": (
        "Wordy phrases (in order to, at this point in time) take longer to say the same thing; news style "
        "prefers the shorter form.", MQM),
    "style.wordy.redundancy": (
        "Redundant pairs (end result, return back) say one thing twice.", MQM),
}
