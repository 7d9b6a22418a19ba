"""The same word twice in a row: ``the the``.

Some doublings are grammar (``had had``, ``that that``, ``is is`` in
``what it is is``) or idiom (``bye bye``, ``so so``); capitalised pairs are
usually names (``Sirhan Sirhan``, ``Bora Bora``, Chinese given names such
as ``Bing Bing``). Those are left alone. A run of three or more
(``free free free free``) is one issue over all the repeats, unless the
word is an interjection (``ha ha ha``, ``no no no``, ``ho ho ho``).
"""

from __future__ import annotations

from itertools import compress, count, islice
from operator import eq

from ...rule import Finding, bad, custom, good
from ._context import CATEGORY

_ALLOWED = frozenset(
    "had that do bye so ha no yes knock tut chop cha pooh boo very really much many far "
    "long well now again more bang blah tsk yada aye hush quack mm hmm "
    "la ho go rah hey yeah woo oh ah ooh hip tick tock beep ding dong knock".split()
)
_CLEFT = frozenset("it that this what thing problem question issue point fact truth reason".split())
#: given names that are also words: "Will will notice", "May may come" are a name and a word
_NAME_WORDS = frozenset("will may bill mark pat sue grant rob hope faith joy june don art gene guy drew".split())
_FUNCTION = frozenset("the a an and or of to in on at for with by from is are was were it this".split())


def _check(unit, options):
    doc = unit.target
    text = doc.text
    words = doc.words
    keys = doc.word_keys
    done = -1
    # candidates found in C: neighbours with one lower-case key
    for i in compress(count(), map(eq, keys, islice(keys, 1, None))):
        if i < done:
            continue  # inside a run already judged
        a, b = words[i], words[i + 1]
        if not _same(text, a, b):
            continue
        low = a.text.lower()
        if low in _ALLOWED or not a.text[0].isalpha() or "-" in a.text:
            continue
        if b.text[0].isupper() and low not in _FUNCTION:
            continue
        if low in _NAME_WORDS and a.text[0].isupper() and b.text.islower():
            continue  # "Will will notice this": a name, then the word
        if i and _same(text, words[i - 1], a):
            continue  # the run started earlier (with a capital, say): judged there
        last = i + 1
        while last + 1 < len(words) and _same(text, words[last], words[last + 1]):
            last += 1
        done = last
        if last > i + 1:  # three or more: "free free free free"
            if not doc.is_protected(a.start, words[last].end):
                yield Finding(a.end, words[last].end, args={"word": a.text, "fix": "keep one"},
                              suggestions=("",))
            continue
        if i and words[i - 1].text.lower() == "to" and low not in _FUNCTION:
            continue  # "to record record profits": a verb and its noun
        if low == "is" and i and words[i - 1].text.lower() in _CLEFT:
            continue  # "what it is is", "the problem is is that"
        if doc.is_protected(a.start, b.end):
            continue
        yield Finding(a.end, b.end, args={"word": a.text, "fix": "delete one"}, suggestions=("",))


def _same(text, a, b) -> bool:
    """``b`` repeats ``a``, one space (or a no-break space, or two) apart."""
    return (len(a.text) == len(b.text) and a.text.lower() == b.text.lower()
            and text[a.end:b.start] in (" ", "\u00a0", "  "))


WORD = custom(
    "grammar.doubled.word",
    _check,
    category=CATEGORY,
    severity="minor",
    message="“{word}” is repeated; {fix}.",
    description="A word written twice in a row (“the the”), leaving grammatical doublings "
    "(had had, that that) and names (Bora Bora) alone.",
    examples=[
        bad("The EU must strengthen the⟦ the⟧ partnership.", ""),
        bad("The⟦ the⟧ summit began on Thursday.", ""),
        bad("Kallas said that the EU is⟦ is⟧ reliable.", ""),
        bad("They will⟦ will⟧ meet in Beijing.", ""),
        good("She had had enough; he said that that was true."),
        good("What it is is a reliable partnership, bye bye."),
        good("They flew to Bora Bora and met Bing Bing and Sirhan Sirhan."),
        good("The the-the compound and 5 5 and ha ha ha."),
        bad("It was free⟦ free free free⟧.", ""),
        bad("They will⟦ will will⟧ meet.", ""),
        good("No no no, ho ho ho, la la la, blah blah blah."),
        good("The EU. The EU must act. They hope to record record profits."),
        good("Will will notice this, and May may come too."),
    ],
)

RULES = (WORD,)
