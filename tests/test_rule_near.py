"""``tagged``'s ``near`` test (``tqcheck.rule.kinds._Near``): the places it
keeps are those a test of each place's neighbours keeps, at the document's
edges too, and the rules that declare it keep the places their old ``pre``
lambdas kept."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tqcheck.rule.kinds import _Near
from tqcheck.rules.grammar import determiners, modals, number, prepositions, verbforms, verbgroups
from tqcheck.rules.grammar._context import AUX_PLURAL

WORDS = ["the", "a", "an", "of", "in", "on", "and", "is", "was", "has", "dogs", "big", "went", "to", "this"]
OFFSETS = st.one_of(st.integers(-4, 4),
                    st.tuples(st.integers(-4, 4), st.integers(0, 3)).map(lambda t: (t[0], t[0] + t[1])))
NEAR = st.dictionaries(OFFSETS, st.frozensets(st.sampled_from(WORDS), max_size=4), min_size=1, max_size=3)


def _each(near, keys, i):
    """Each declared set tested at place ``i``, an offset outside the document failing."""
    for where, words in near.items():
        lo, hi = (where, where) if isinstance(where, int) else where
        if not any(0 <= i + o < len(keys) and keys[i + o] in words for o in range(lo, hi + 1)):
            return False
    return True


@settings(max_examples=400, deadline=None)
@given(near=NEAR, keys=st.lists(st.sampled_from(WORDS), max_size=12), data=st.data())
def test_near_keeps_the_places_whose_neighbours_pass(near, keys, data):
    positions = data.draw(st.lists(st.integers(0, max(len(keys) - 1, 0)), unique=True)) if keys else []
    got = _Near(near)(keys, list(positions))
    assert got == [i for i in positions if _each(near, keys, i)]


def test_a_set_can_be_given_by_a_function():
    assert _Near({1: lambda: {"dogs"}})(["a", "dogs", "a"], [0, 2]) == [0]
    assert _Near({(-2, -1): lambda: frozenset({"big"})})(["big", "a", "dogs", "a"], [0, 1, 2, 3]) == [1, 2]


# the ``pre`` lambdas the declarations replaced, as they were
def _old_and(keys, i):
    return i > 1 and (keys[i - 2] in verbgroups._DETERMINERS or i > 2 and keys[i - 3] in verbgroups._DETERMINERS) \
        and any(keys[k] in AUX_PLURAL for k in range(i + 2, min(i + 5, len(keys))))


def _old_plural_within(n):
    def pre(keys, i):
        return not number._plural_words().isdisjoint(keys[i + 1:i + 1 + n])
    return pre


OLD_AND_NEW = [
    (_old_and, {(2, 4): AUX_PLURAL, (-3, -2): verbgroups._DETERMINERS}),
    (lambda keys, i: i + 1 < len(keys) and keys[i + 1] in verbforms._past_or_s(), {1: verbforms._past_or_s}),
    (lambda keys, i: not verbforms._past_or_base().isdisjoint(keys[i + 1:i + 4]), {(1, 3): verbforms._past_or_base}),
    (lambda keys, i: i + 1 < len(keys) and keys[i + 1] in verbforms._PASSIVE_CANDIDATES(),
     {1: verbforms._PASSIVE_CANDIDATES}),
    (lambda keys, i: i > 0 and keys[i - 1] in determiners._QUANTITY_OF, {-1: frozenset(determiners._QUANTITY_OF)}),
    (lambda keys, i: i > 1 and keys[i - 2] in ("the", "a", "an") and keys[i - 1] in determiners._adjectives(),
     {-1: determiners._adjectives, -2: {"the", "a", "an"}}),
    (lambda keys, i: not modals._BARE_MODALS.isdisjoint(keys[i + 1:i + 3]), {(1, 2): modals._BARE_MODALS}),
    (lambda keys, i: "or" in keys[i + 2:i + 5], {(2, 4): {"or"}}),
    (lambda keys, i: "same" in keys[max(0, i - 2):i], {(-2, -1): {"same"}}),
    (_old_plural_within(1), number._plural_within(1)),
    (_old_plural_within(3), number._plural_within(3)),
    (_old_plural_within(4), number._plural_within(4)),
    # repeated keeps its ``pre``; its ``near`` must keep every place the ``pre`` keeps
    (lambda keys, i: keys[i] == "the" and prepositions._repeated(_Keys(keys), i),
     {2: {"the"}, -1: frozenset(prepositions._PREPOSITIONS), 1: frozenset(prepositions._PREPOSITIONS)}),
]


class _Keys:
    def __init__(self, keys):
        self.word_keys = keys


VOCABULARY = ["the", "a", "an", "this", "my", "and", "is", "was", "has", "have", "of", "at", "on", "to", "most",
              "all", "dogs", "children", "went", "gone", "big", "happy", "ran", "be", "books", "it", "in", "the",
              "can", "must", "or", "same"]


@settings(max_examples=300, deadline=None)
@given(keys=st.lists(st.sampled_from(VOCABULARY), max_size=14))
def test_the_declarations_keep_what_the_old_lambdas_kept(keys):
    positions = list(range(len(keys)))
    for old, near in OLD_AND_NEW:
        got = _Near(near)(keys, positions)
        want = [i for i in positions if old(keys, i)]
        if old is OLD_AND_NEW[-1][0]:
            assert set(want) <= set(got)
        else:
            assert got == want, near
