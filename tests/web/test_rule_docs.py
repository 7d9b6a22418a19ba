"""A rule's documentation on the web: the API's JSON and the HTML page show
the doc ``tqcheck rules ID`` prints."""

from __future__ import annotations

import json

from tqcheck import ruledoc
from tqcheck.rules import all_rules

RULES = sorted(all_rules(), key=lambda r: r.id)


def test_the_rule_page_shows_the_same_doc_escaped(client):
    resp = client.get("/rules/punctuation.quotes.unbalanced")
    assert resp.status_code == 200 and resp.mimetype == "text/html"
    html = resp.get_data(as_text=True)
    doc = ruledoc.rule_doc("punctuation.quotes.unbalanced")
    assert "<script" not in html
    assert "He is making them feel comfortable all along.⟦&#34;⟧" in html  # the quote mark escaped
    assert doc["link"] in html and "Left alone" in html
    assert client.get("/rules/no.such-rule").status_code == 404
    assert client.get("/rules/%3Cscript%3E").status_code == 404


def test_the_api_returns_the_same_doc(client):
    for rule in RULES[:5] + RULES[-5:]:
        assert client.get(f"/api/v1/rules/{rule.id}").get_json() == json.loads(json.dumps(ruledoc.rule_doc(rule)))
