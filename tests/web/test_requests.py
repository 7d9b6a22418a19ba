"""Request validation helpers (``tqcheck.web.requests``)."""

import re

from tqcheck.web import requests as rq

_SURROGATE = re.compile(r"[\ud800-\udfff]")


def by_pattern(body):
    return [{"pointer": p, "message": f"unpaired UTF-16 surrogate at offset {m.start()}; send valid Unicode text"}
            for p, s in rq._strings(body) if (m := _SURROGATE.search(s))]


def test_surrogate_errors_are_the_patterns():
    # the tests in C (ASCII, then UTF-8) must report exactly where the pattern does, keys included
    bodies = [
        {"text": "plain ASCII"},
        {"text": "汉字 and “quotes” – fine", "source": "中文"},
        {"text": "lone \ud800 surrogate", "references": ["ok", "x\udfffy", "\udc00"]},
        {"options": {"words": ["naïve", "b\ud83dad"]}, "\ud800key": "v"},
        {"text": "a pair 😀 is not a lone one", "source": "\ud83d\ude00"},
        {"text": ""},
    ]
    for body in bodies:
        assert rq.surrogate_errors(body) == by_pattern(body), body
