"""Why each spelling rule exists (see ``tqcheck rules ID``)."""

from .._links import MQM

DOCS = {
    "spelling.compounds": (
        "A closed compound split in two (head quarters, through out, web site) is two dictionary words, so a "
        "word-by-word spelling check passes it; only splits with no two-word reading are listed.", MQM),
    "spelling.dialect.mixed": (
        "A text should follow one spelling standard; British and American forms side by side look like two "
        "hands and are the first thing a copy editor changes.", MQM),
    "spelling.misspelled": (
        "Misspellings are the most visible fluency error and cost credibility out of proportion to their size; "
        "the dictionary and frequency list keep false alarms on names and new words low.", MQM),
}
