"""US and UK spelling mixed in one text (``color`` and ``centre``).

The dialect is the one the settings name (``dialect = "us"`` or ``"uk"``)
or, by default, the one most of the text's variant words follow; words of
the other dialect are reported. ``-ise``/``-ize`` is judged apart: Oxford
spelling is British with ``-ize``, so in a British text only a mix of the
two is reported. Capitalised words are left alone: institutions keep their
own spelling (``Department of Defense``, ``Labour Party``).
"""

from __future__ import annotations

from itertools import compress

from ...lexicon import dialect as dl
from ...lexicon.once import Memo
from ...rule import Finding, Option, bad, custom, good
from ._language import foreign

_NAMES = {dl.US: "American", dl.UK: "British", dl.ISE: "-ise", dl.IZE: "-ize"}


def _variant_of(token: str):
    t = token.replace("’", "'")
    if t.endswith("'s"):
        t = t[:-2]
    if not t.replace("-", "").isalpha() or not t.islower() or len(t) < 4:
        return None
    v = dl.variant(t)
    return (len(t), *v) if v else None


#: kept per process: words recur across documents
_variant = Memo(_variant_of, 1 << 17).__getitem__


def _markers(doc):
    texts, starts, ends = doc.word_texts, doc.word_starts, doc.word_ends
    # each distinct token judged once (the document keeps them), then visited where it stands
    vocabulary = list(doc.vocabulary)
    # the few tokens with a variant picked out in C (the verdicts are cached per process)
    variants = {t: _variant(t) for t in compress(vocabulary, map(_variant, vocabulary))}
    for i in compress(range(len(texts)), map(variants.__contains__, texts)):
        v = variants[texts[i]]
        if not doc.is_protected(starts[i], ends[i]):
            yield starts[i], starts[i] + v[0], v[1], v[2]


def _minority(found, a, b, chosen):
    """The kind to report among two rivals, or None."""
    if chosen in (a, b):
        return b if chosen == a else a
    na = sum(1 for f in found if f[2] == a)
    nb = sum(1 for f in found if f[2] == b)
    if na and nb and na != nb:
        return a if na < nb else b
    return None


def _check(unit, options):
    doc = unit.target
    if foreign(doc):
        return
    setting = (options.get("dialect") or unit.resources.get("dialect") or "auto").lower()
    found = list(_markers(doc))
    if not found:
        return
    chosen = {"us": dl.US, "uk": dl.UK}.get(setting)
    report = set()
    k = _minority(found, dl.US, dl.UK, chosen)
    if k:
        report.add(k)
    if chosen == dl.US:
        report.add(dl.ISE)
    else:
        k = _minority(found, dl.ISE, dl.IZE, None)
        if k:
            report.add(k)
    for s, e, kind, other in found:
        if kind in report:
            rival = {dl.US: dl.UK, dl.UK: dl.US, dl.ISE: dl.IZE, dl.IZE: dl.ISE}[kind]
            why = "the settings ask for" if chosen and kind in (dl.US, dl.UK, dl.ISE) and chosen != kind \
                and not (kind == dl.ISE and chosen == dl.UK) else "the rest of the text uses"
            yield Finding(s, e, args={"kind": _NAMES[kind], "rival": _NAMES[rival], "why": why},
                          suggestions=(other,))


MIXED = custom(
    "spelling.dialect.mixed",
    _check,
    category="fluency/spelling",
    severity="neutral",
    langs=frozenset({"en"}),
    options={"dialect": Option(None, str, choices=("us", "uk", "auto"), nullable=True)},
    message="“{found}” is {kind} spelling, but {why} {rival} spelling: “{fix}”.",
    description="British and American spellings in one text (colour/color, centre/center, "
    "defence/defense, travelled/traveled, -ise/-ize, counter-terrorism/counterterrorism), judged against the configured dialect "
    "or the text's majority.",
    examples=[
        bad("The color of the center is gray; the ⟦colour⟧ changed.", "color"),
        bad("The defence and the centre stayed; the ⟦defense⟧ held.", "defence"),
        bad("They organised it and realised it, then ⟦organized⟧ more.", "organised"),
        bad("The ⟦colour⟧ changed.", "color", options={"dialect": "us"}),
        bad("It was ⟦realised⟧.", "realized", resources={"dialect": "us"}),
        bad("The defense pact covers the center and ⟦counter-terrorism⟧.", "counterterrorism"),
        bad("Their ⟦co-operation⟧ grew.", "cooperation", options={"dialect": "us"}),
        good("The colour of the centre is grey; the defence held."),
        good("The color of the center is gray; the defense held; they organized it."),
        good("The colour of the centre; they organized it.", options={"dialect": "uk"}),
        good("The US Department of Defense and the Labour Party met."),
        good("One colour and one color: too close to call."),
        good("The defence pact covers the centre and counter-terrorism co-operation."),
        good("The defense pact covers the center and counterterrorism cooperation."),
    ],
)

RULES = (MIXED,)
