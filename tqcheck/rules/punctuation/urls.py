"""A web address broken by spaces: ``http: / / www.example.cn``.

Machine translation tokenises what it does not understand, and a URL comes
out with spaces around its colon and slashes; a reader cannot follow it.
"""

from __future__ import annotations

import re

from ...rule import bad, good, pattern
from ...scan import places


def _starts(doc) -> list[int]:
    # only where a scheme starts: most texts have none
    if doc.caseless is not None:
        return places(doc.caseless, "http", "ftp")
    # lower-casing this text would move offsets (İ, the Kelvin sign): look for the usual spellings
    return places(doc.text, "http", "Http", "HTTP", "ftp", "Ftp", "FTP")


def _broken(m: re.Match[str], unit) -> bool:
    return any(c in " \t" for c in m.group("sep"))


SPACED = pattern(
    "punctuation.urls.spaced",
    # the scheme and its "://" with spaces in it (a slash may be lost too), then
    # something that looks like a host
    r"[hf](?<![\w.@/-][hf])(?:(?<=[hH])ttps?|(?<=[fF])tp)(?P<sep>[ \t]*+:[ \t]*+/(?:[ \t]*+/)?+[ \t]*+)(?=[\w-]+\.[\w-])",
    starts=_starts,
    flags=re.IGNORECASE,
    when=_broken,
    category="fluency/punctuation",
    severity="neutral",
    langs=frozenset({"en"}),
    message="This web address is broken by spaces: “{found}”.",
    description="A URL whose “://” has spaces in it (as machine translation writes them), so it cannot be followed.",
    suggest=lambda m: (m.group(0)[: m.start("sep") - m.start()].lower() + "://",),
    examples=[
        bad("Register on the network (⟦http: / / ⟧www.gfbzb.gov.cn) by June.", "http://"),
        bad("See ⟦https : //⟧example.org for details.", "https://"),
        bad("Apply online (⟦http: / ⟧www.gfbzb.gov.cn).", "http://"),
        good("Register on the network (http://www.gfbzb.gov.cn) by June."),
        good("The protocols compared were http: one of two, and ftp: the other."),
        good("Ratios of 3 : 1 / 2 / 4 and the path C: / / temp are not addresses."),
    ],
)

RULES = (SPACED,)
