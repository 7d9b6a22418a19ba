"""US and UK spelling variants: which dialect does a word belong to?

``variant(word)`` answers for one lower-case word with ``(kind, other)``:
``kind`` is ``"uk"``/``"us"`` for the -our, -re, -ce, -ll-, -ogue, ae/oe
and listed differences, ``"ise"``/``"ize"`` for the verb ending (Oxford
spelling is British with -ize, so that pair is judged on its own), and
``other`` is the same word in the other spelling.

British forms are recognised by rewriting them into American ones and
asking the en_US dictionary (``colour`` is unknown, ``color`` known), so
any derived form (``neighbourhoods``, ``recognised``) is covered. American
forms cannot be checked the same way without a British dictionary; they
come from stem lists of the words that really differ.
"""

from __future__ import annotations

import re
from typing import Callable

from .dictionary import hunspell_knows
from .once import Memo

US, UK, ISE, IZE = "us", "uk", "ise", "ize"

#: British -> American where no rewrite rule applies
_PAIRS = {
    "grey": "gray", "greys": "grays", "greyish": "grayish", "aluminium": "aluminum",
    "jewellery": "jewelry", "programme": "program", "programmes": "programs",
    "mould": "mold", "moulds": "molds", "mouldy": "moldy", "smoulder": "smolder",
    "smouldering": "smoldering", "plough": "plow", "ploughs": "plows", "ploughed": "plowed",
    "sceptic": "skeptic", "sceptics": "skeptics", "sceptical": "skeptical", "scepticism": "skepticism",
    "pyjamas": "pajamas", "moustache": "mustache", "enrol": "enroll", "enrols": "enrolls",
    "enrolment": "enrollment", "fulfil": "fulfill", "fulfils": "fulfills", "fulfilment": "fulfillment",
    "instalment": "installment", "instalments": "installments", "skilful": "skillful",
    "skilfully": "skillfully", "wilful": "willful", "wilfully": "willfully", "cosy": "cozy",
    "sulphur": "sulfur", "practise": "practice", "practises": "practices", "practised": "practiced",
    "practising": "practicing", "ageing": "aging", "cheque": "check", "cheques": "checks",
    "tyre": "tire", "tyres": "tires", "kerb": "curb", "storey": "story", "storeys": "stories",
    "draught": "draft", "manoeuvre": "maneuver", "manoeuvres": "maneuvers",
    "manoeuvred": "maneuvered", "manoeuvring": "maneuvering", "paediatric": "pediatric",
    "oestrogen": "estrogen", "foetus": "fetus", "diarrhoea": "diarrhea", "anaemia": "anemia",
    "haemorrhage": "hemorrhage", "leukaemia": "leukemia", "orthopaedic": "orthopedic",
    "encyclopaedia": "encyclopedia", "anaesthetic": "anesthetic", "gaol": "jail",
}
#: hyphenated compounds British style keeps and American style closes up
#: (AP and Chicago: counterterrorism, cooperation); only the hyphenated form
#: marks a dialect, since British writers close these up too
_HYPHENATED = {
    "counter-terrorism": "counterterrorism", "counter-terrorist": "counterterrorist",
    "counter-terrorists": "counterterrorists", "co-operation": "cooperation", "co-operate": "cooperate",
    "co-operates": "cooperates", "co-operated": "cooperated", "co-operating": "cooperating",
    "co-operative": "cooperative", "co-operatives": "cooperatives", "co-ordinate": "coordinate",
    "co-ordinates": "coordinates", "co-ordinated": "coordinated", "co-ordinating": "coordinating",
    "co-ordination": "coordination", "co-ordinator": "coordinator", "co-ordinators": "coordinators",
    "counter-insurgency": "counterinsurgency", "counter-intelligence": "counterintelligence",
    "counter-espionage": "counterespionage", "counter-offensive": "counteroffensive",
}
#: American forms to report in a British text (only words that differ)
_US_WORDS = {us: uk for uk, us in _PAIRS.items() if us not in ("check", "checks", "tire", "tires",
                                                                  "curb", "story", "stories", "draft",
                                                                  "program", "programs", "practice",
                                                                  "practices", "jail", "aging")}
_US_OR_STEMS = (
    "color", "honor", "favor", "labor", "neighbor", "behavior", "harbor", "humor", "rumor",
    "vapor", "valor", "flavor", "armor", "endeavor", "odor", "parlor", "tumor", "splendor",
    "candor", "clamor", "fervor", "savior", "demeanor", "ardor", "rancor",
)
#: derivatives spelled -or- in both (humorous, honorary, vigorous)
_BOTH_OR = re.compile(r"or(?:ous|ary|ific|ate|ation|ist|ists)")
_US_ER = {
    "center": "centre", "theater": "theatre", "liter": "litre", "fiber": "fibre",
    "caliber": "calibre", "luster": "lustre", "somber": "sombre", "specter": "spectre",
    "saber": "sabre", "meager": "meagre", "kilometer": "kilometre", "centimeter": "centimetre",
    "millimeter": "millimetre", "maneuver": "manoeuvre",
}
_US_L_STEMS = (
    "travel", "cancel", "label", "model", "fuel", "level", "signal", "total", "channel",
    "counsel", "marvel", "quarrel", "tunnel", "jewel", "equal", "rival", "dial", "panel",
    "pedal", "shovel", "snorkel", "libel", "bevel", "funnel", "grovel", "yodel", "refuel",
    "unravel", "enamel", "pummel",
)
_US_L = re.compile(rf"(?:{'|'.join(_US_L_STEMS)})(?:ed|ing|er|ers|or|ors)")
_US_CE = {"defense": "defence", "defenses": "defences", "defenseless": "defenceless",
          "offense": "offence", "offenses": "offences", "pretense": "pretence",
          "pretenses": "pretences", "catalog": "catalogue", "catalogs": "catalogues",
          "cataloged": "catalogued", "cataloging": "cataloguing"}

_IZE = re.compile(r"([a-z]{3,})(iz|yz)(e|es|ed|ing|ation|ations|ational|er|ers)")
_ISE = re.compile(r"([a-z]{3,})(is|ys)(e|es|ed|ing|ation|ations|ational|er|ers)")
_UK_REWRITES = (
    (re.compile(r"our(?=[a-z]*$)"), "or"),
    (re.compile(r"(?<=[bcmt])red$"), "ered"),
    (re.compile(r"(?<=[bcmt])re(?=s|$)"), "er"),
    (re.compile(r"ence(?=s|$)"), "ense"),
    (re.compile(r"ll(?=ed$|ing$|er$|ers$|or$|ors$)"), "l"),
    (re.compile(r"ogue(?=s|d|$)"), "og"),
    (re.compile(r"ae"), "e"),
    (re.compile(r"oe"), "e"),
)


def _variant(word: str) -> tuple[str, str] | None:
    """``(kind, other_spelling)`` for a lower-case word, or None."""
    if "-" in word:
        other = _HYPHENATED.get(word)
        return (UK, other) if other else None
    if len(word) < 4 or not word.isalpha():
        return None
    if word in _PAIRS:
        return UK, _PAIRS[word]
    if word in _US_WORDS:
        return US, _US_WORDS[word]
    known = hunspell_knows(word)
    m = _IZE.fullmatch(word)
    if m and known and not word.endswith(("size", "sized", "sizes", "sizing")):
        other = m.group(1) + m.group(2).replace("z", "s") + m.group(3)
        return IZE, other
    m = _ISE.fullmatch(word)
    if m and not known:
        other = m.group(1) + m.group(2).replace("s", "z") + m.group(3)
        if hunspell_knows(other):
            return ISE, other
    if known:
        return _american(word)
    for rx, repl in _UK_REWRITES:
        other = rx.sub(repl, word, count=1)
        if other != word and hunspell_knows(other):
            return UK, other
    return None


#: ``_variant``, kept per process
variant: Callable[[str], tuple[str, str] | None] = Memo(_variant, 50_000).__getitem__


#: the stem lists as patterns, tried in list order as the alternatives are:
#: asked of every known word of a text, a loop of ``startswith`` over them
#: cost a whole-process check of 1 MB 0.02 s
_US_OR_START = re.compile("|".join(_US_OR_STEMS))
_US_ER_WORD = re.compile(f"({'|'.join(_US_ER)})(|s|ed|ing)")


def _american(word: str) -> tuple[str, str] | None:
    m = _US_OR_START.match(word)
    if m:
        stem = m.group()
        rest = word[len(stem):]
        if _BOTH_OR.match("or" + rest):
            return None
        return US, stem[:-2] + "our" + rest
    m = _US_ER_WORD.fullmatch(word)
    if m:
        british, ending = _US_ER[m.group(1)], m.group(2)
        if ending in ("ed", "ing"):  # centre + ed is centred, not centreed
            british = british[:-1]
        return US, british + ending
    if word in _US_CE:
        return US, _US_CE[word]
    if _US_L.fullmatch(word):
        for stem in _US_L_STEMS:
            if word.startswith(stem):
                return US, stem + "l" + word[len(stem):]
    return None
