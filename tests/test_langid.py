"""Language identification: the function-word shortcut must never call a
non-English line English, and must spare langdetect ordinary English."""

from pathlib import Path

import pytest

from tqcheck import langid

FIXTURE = Path(__file__).parent / "fixtures" / "langid" / "not_english.txt"
NOT_ENGLISH = [tuple(line.split("\t", 1)) for line in FIXTURE.read_text(encoding="utf-8").splitlines()
               if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize(("lang", "text"), NOT_ENGLISH, ids=[f"{lang}-{i}" for i, (lang, _) in enumerate(NOT_ENGLISH)])
def test_other_languages_are_left_to_langdetect(lang, text):
    det = langid.identify(text, "en")
    assert det is not None and det.method == "langdetect"
    if lang in ("de", "fr", "es", "it", "nl"):
        assert det.lang == lang


@pytest.mark.parametrize("text", [
    "At present, some foreign friends still have some misunderstandings about China.",
    "The two sides agreed to expand trade and investment cooperation.",
    "She said the talks would resume next week in Brussels.",
    "The 31 provinces reported 12 new confirmed cases on Tuesday, officials said." * 3,
])
def test_english_is_known_by_its_function_words(text):
    assert langid.identify(text, "en") == langid.Detection("en", None, "function-words")


@pytest.mark.parametrize("text", [
    "Xi Jinping met Li Qiang in Zhongnanhai.",  # too few words to judge without langdetect
    "He has to be on it by now, at least.",  # function words, but none only English has
])
def test_short_or_ambiguous_english_still_goes_to_langdetect(text):
    det = langid.identify(text, "en")
    assert det is None or det.method == "langdetect"


def test_other_expected_languages_never_take_the_english_shortcut():
    det = langid.identify("The two sides agreed to expand trade and investment cooperation.", "zh")
    assert det is not None and det.method == "langdetect" and det.lang == "en"
