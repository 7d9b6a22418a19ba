"""``minority_of_places`` (groups of places) finds what ``minority`` finds
for the same occurrences, one object each (property test)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from tqcheck.glossary import Entry, Glossary
from tqcheck.rules.consistency._vote import Occurrence, minority, minority_of_places
from tqcheck.text import Document
from tqcheck.unit import Unit

TEXT = ("Covid rose. The COVID ward and covid cases. COVID-19 came. Covid-19 went. "
        "EU-China Summit met. The EU-China summit ended. Eu-china summit? The EU-China Summit.")
FORMS = {"covid": ["Covid", "COVID", "covid"], "covid-19": ["COVID-19", "Covid-19"],
         ("EU-China", "summit"): ["EU-China Summit", "EU-China summit", "Eu-china summit"]}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(sorted(FORMS, key=str)), st.integers(0, 2), st.integers(0, len(TEXT) - 2),
                          st.integers(1, 15)),
                unique_by=lambda t: t[2], max_size=30),
       st.booleans())
def test_grouped_vote_is_the_vote(drawn, with_glossary):
    resources = {"glossary": Glossary((Entry("COVID", None, ("Covid",)),))} if with_glossary else {}
    unit = Unit(target=Document(TEXT), profile="news", resources=resources)
    occurrences = []
    groups: dict = {}
    for key, k, start, length in sorted(drawn, key=lambda t: t[2]):
        form = FORMS[key][k % len(FORMS[key])]
        end = min(len(TEXT), start + length)
        occurrences.append(Occurrence(start, end, key, form))
        groups.setdefault(key, {}).setdefault(form, []).append((start, end))
    expected = [(f.start, f.end, f.args, f.suggestions) for f in minority(unit, occurrences)]
    assert [(f.start, f.end, f.args, f.suggestions) for f in minority_of_places(unit, groups)] == expected
