"""Why each punctuation rule exists (see ``tqcheck rules ID``)."""

from .._links import MQM

_SPACE = "Spacing errors are small, but they are what makes a text look unedited; "

DOCS = {
    "punctuation.brackets.unbalanced": (
        "An unclosed bracket leaves the reader unsure where the aside ends; in a translation it often means "
        "part of the sentence was dropped.", MQM),
    "punctuation.doubled.mark": (
        "A doubled mark (,, or ..) is a typing or joining slip; an ellipsis is three points by design and is "
        "left alone.", MQM),
    "punctuation.fullwidth.mark": (
        "Full-width marks (，。：) and the ideographic space come from the Chinese source and look wrong in "
        "English type; they also break search and tokenisation.", MQM),
    "punctuation.quotes.mismatched": (
        "A quotation opened with double marks is closed with double marks; a mismatch hides where the quote "
        "ends.", MQM),
    "punctuation.quotes.direction": (
        "Curly quotes have a direction; a closing mark used to open (or ‘ for the apostrophe in ’90s, as "
        "autocorrect does) is a typesetting error.", MQM),
    "punctuation.quotes.mixed-style": (
        "Straight and curly quotation marks in one document show text pasted from different sources; a house "
        "style uses one.", MQM),
    "punctuation.quotes.unbalanced": (
        "A quotation that is never closed, or closed without being opened, makes it unclear who is speaking — "
        "which in news is an accuracy problem, not only a typographic one. News style re-opens multi-paragraph "
        "quotes without closing them (both AP and Chicago describe the convention), which the rule knows.", MQM),
    "punctuation.spacing.before-mark": (_SPACE + "English sets no space before , . ; : ? or ! (French does; "
                                        "MT output often copies it).", MQM),
    "punctuation.spacing.doubled": (_SPACE + "one space separates words.", MQM),
    "punctuation.spacing.in-time": (_SPACE + "a space after the colon of a time (15: 00) is a machine "
                                    "translation artefact that also breaks the time apart.", MQM),
    "punctuation.spacing.inside-brackets": (_SPACE + "English sets brackets tight against what they enclose.",
                                            MQM),
    "punctuation.spacing.missing-after": (_SPACE + "a missing space after a comma or full stop runs two words "
                                          "or sentences together.", MQM),
    "punctuation.spacing.trailing": (_SPACE + "trailing spaces are invisible but break diffs, line joins and "
                                     "some publishing systems.", MQM),
    "punctuation.urls.spaced": (
        "A URL with spaces in “://” cannot be followed; readers and link checkers lose the reference.", MQM),
}
