"""A repeated noun around to/by/on is a compound only before a noun."""

from .._run import spans


def test_before_a_noun_it_is_hyphenated():
    assert spans("grammar.hyphens.compound-adjective", "This wall to wall carpeting is new.") == ["wall to wall"]
    assert spans("grammar.hyphens.compound-adjective", "Profits rose in year on year terms.") == ["year on year"]


def test_adverbials_ranges_and_names_are_left_alone():
    text = ("They fought hand to hand. It changes from day to day. Heavy to heavy rain fell. "
            "Northeast to Northeast trains ran. They stood back to back. Prices rose month on month due to "
            "demand. The singers one by one tune up.")
    assert spans("grammar.hyphens.compound-adjective", text) == []
