"""Words in a slot their part of speech cannot fill: too before a
determiner, number or verb; a noun one letter from an adverb between be and
an adjective; in/at before a day."""

from .._run import issues, spans


def test_too_before_what_it_cannot_grade():
    rule = "grammar.slots.too-to"
    assert spans(rule, "The company expanded from there too all the new locations.") == ["too"]
    assert spans(rule, "It increases too 1000's of Hertz. I would like her too do it.") == ["too", "too"]
    assert spans(rule, "They get too many warnings; too much; it is too late; too one-sided.") == []
    assert spans(rule, "Jake was there too this evening. It's too 1990's for me. I too have a son.") == []
    assert spans(rule, "Me too, the others said. She came too.") == []


def test_adverb_slot_between_be_and_an_adjective():
    rule = "grammar.slots.adverb"
    assert issues(rule, "They were vary happy.")[0].suggestions == ("very",)
    assert spans(rule, "Possibly, it's event impossible. That is not jet decided.") == ["event", "jet"]
    assert spans(rule, "The plan is cost effective; the brand is world famous; it is not jet fuel.") == []


def test_a_day_takes_on():
    rule = "grammar.slots.date-preposition"
    assert issues(rule, "In February 21, we ate the poison.")[0].suggestions == ("On",)
    assert spans(rule, "In Friday afternoon, the President spoke. They met at Monday.") == ["In", "at"]
    assert spans(rule, "It happened in January 1900, in May, and in Friday night's briefing.") == []
    assert spans(rule, "It opened in May 21 years ago.") == []
