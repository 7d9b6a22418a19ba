"""Why each consistency rule exists (see ``tqcheck rules ID``)."""

from .._links import MQM

DOCS = {
    "consistency.abbreviations": (
        "A reader takes two spellings of one abbreviation for a slip; house styles pick one form (AP writes "
        "U.S. in running text, many others US) and keep it throughout.", MQM),
    "consistency.capitals.phrase": (
        "A name capitalised in one place and not in another reads as two different things, or as carelessness; "
        "translators working sentence by sentence drift between the two.", MQM),
    "consistency.capitals.word": (
        "Brand and acronym casings (WeChat, COVID-19) are fixed by their owners or the house style; two casings "
        "in one text show that one of them is wrong.", MQM),
    "consistency.compounds": (
        "Closed, open and hyphenated spellings of one compound are each defensible, but mixing them in one "
        "document is an inconsistency an editor would fix.", MQM),
    "consistency.dates": (
        "News styles abbreviate months before a day (AP: Oct. 12) or never do; a text that does both follows "
        "neither.", MQM),
    "consistency.names": (
        "A person or place spelled two ways is either a typo or two transliterations of one name; the reader "
        "cannot tell which, so pick one.", MQM),
    "consistency.percent": (
        "“%”, “percent” and “per cent” are each a house-style choice (AP uses % with figures since 2019); "
        "mixing them is an inconsistency.", MQM),
    "consistency.titles": (
        "Introducing one person with two different titles makes the reader wonder whether they are two people "
        "or which title is correct.", MQM),
}
