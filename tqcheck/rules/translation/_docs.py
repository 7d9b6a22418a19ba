"""Why each translation rule (source against target) exists (see ``tqcheck rules ID``)."""

from .._links import MQM

DOCS = {
    "translation.dates.changed": (
        "A wrong date is a factual error the reader cannot detect; comparing the dates in aligned sentences "
        "catches a changed day, month or year.", MQM),
    "translation.dates.missing": (
        "A date of the source missing from the translation is an omission of a fact.", MQM),
    "translation.dates.numeric": (
        "12/05 means December 5 to an American reader and 12 May to most others; writing the month in words "
        "removes the ambiguity (AP and Chicago write the month in letters).", MQM),
    "translation.empty": (
        "An empty target for a source with text is a missing translation; it would be published as a gap.",
        MQM),
    "translation.ending.dangling": (
        "A translation that stops on “the”, “and” or “of” has been cut off, by a length limit or a failed "
        "engine.", MQM),
    "translation.ending.mark": (
        "When the source ends a sentence or asks a question and the translation has no closing mark, the end "
        "was lost or the question became a statement.", MQM),
    "translation.language": (
        "A paragraph left in another language is untranslated; WMT's MQM scoring weighs it as heavily as a "
        "critical error.", MQM),
    "translation.latin.missing": (
        "Acronyms, product and company names in Latin script normally pass into the translation unchanged; "
        "one that disappears was usually dropped with its phrase.", MQM),
    "translation.length.long": (
        "A target much longer than its source predicts often carries an addition: repeated text, notes or "
        "hallucinated content.", MQM),
    "translation.length.short": (
        "A target much shorter than its source predicts usually lost content; length is the cheapest omission "
        "detector there is.", MQM),
    "translation.numbers.calque": (
        "Chinese counts in 万 (10⁴) and 亿 (10⁸); “10 thousand thousand” or “30 hundred million” is a calque "
        "that English readers must convert, and a frequent source of wrong magnitudes.", MQM),
    "translation.numbers.changed": (
        "A number that differs from the source is a mistranslation of a fact, and in news the most damaging "
        "kind; 万/亿 scales are a common cause.", MQM),
    "translation.numbers.extra": (
        "A number the source does not mention may be an addition or a mistranslation; translators also add "
        "conversions legitimately, so the rule is off by default.", MQM),
    "translation.numbers.missing": (
        "A number of the source that appears nowhere in the translation is an omitted fact.", MQM),
    "translation.sentences.missing": (
        "A source sentence with no counterpart in the target is the plainest omission; the alignment finds it "
        "without reading either language.", MQM),
    "translation.untranslated.copy": (
        "A target identical to its source was never translated.", MQM),
    "translation.untranslated.han": (
        "Chinese, Japanese or Korean characters left in an English text are untranslated words that most "
        "readers cannot read.", MQM),
    "translation.urls.missing": (
        "URLs, e-mail addresses, handles and hashtags must survive translation unchanged; a missing one loses "
        "a reference the reader may need.", MQM),
}
