"""URLs, e-mail addresses, handles and hashtags of the source missing from
the translation: they must come through character for character."""

from __future__ import annotations

import re

from ...rule import Finding, bad, custom, good
from ._shared import REQUIRES, target_blank

KINDS = {"url": "URL", "email": "e-mail address", "handle": "handle", "hashtag": "hashtag"}
_SCHEME = re.compile(r"^(?:https?|ftp)://", re.IGNORECASE)


def _key(text: str) -> str:
    return _SCHEME.sub("", text).rstrip("/").lower()


def _check(unit, options):
    if target_blank(unit):
        return
    from ... import anchors  # here: a check without a source reads no anchors

    target = unit.target.text.lower()
    for a in anchors.find(unit.source):
        if a.kind not in KINDS:
            continue
        key = _key(a.text)
        if a.kind == "hashtag":
            key = key[1:]
        if key not in target:
            yield Finding(a.start, a.end, side="source", args={"kind": KINDS[a.kind]})


URLS = custom(
    "translation.urls.missing",
    _check,
    category="accuracy/omission",
    severity="neutral",
    requires=REQUIRES,
    message="The {kind} “{found}” from the source is not in the translation.",
    description="A URL, e-mail address, @handle or #hashtag of the source does not reappear in the translation.",
    examples=[
        bad("Report it on the platform.", source="请在⟦www.12377.cn⟧举报。"),
        bad("Write to the organisers.", source="请发邮件至⟦info@example.org⟧。"),
        bad("Follow Xinhua on Twitter.", source="在推特上关注⟦@XHNews⟧。"),
        good("Report it at www.12377.cn.", source="请在www.12377.cn举报。"),
        good("See https://www.gfbzb.gov.cn/ for details.", source="详见http://www.gfbzb.gov.cn。"),
        good("Follow @XHNews and the MeToo tag.", source="关注@XHNews和#MeToo。"),
    ],
)

RULES = (URLS,)
