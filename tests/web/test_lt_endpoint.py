"""/v2/check and /v2/languages over HTTP (test client)."""

from __future__ import annotations

import json

import pytest

from tqcheck.web import create_app

from .conftest import XSS

TEXT = 'Smile 😀 first. She said, "Many partners were harmed.'
QUOTE = TEXT.index('"')


def _post(client, **params):
    return client.post("/v2/check", data=params)


def test_answer_has_languagetools_shape_and_utf16_offsets(client):
    resp = _post(client, text=TEXT, language="en-US")
    assert resp.status_code == 200 and resp.mimetype == "application/json"
    body = resp.get_json()
    assert body["software"]["name"] == "tqcheck" and body["software"]["apiVersion"] == 1
    assert body["language"]["code"] == "en-US" and body["language"]["name"] == "English (US)"
    (m,) = body["matches"]
    assert m["offset"] == QUOTE + 1  # the emoji before it is two UTF-16 units
    assert m["length"] == 1
    assert TEXT.encode("utf-16-le")[2 * m["offset"]:2 * (m["offset"] + m["length"])].decode("utf-16-le") == '"'
    assert m["rule"]["id"] == "punctuation.quotes.unbalanced"
    assert m["rule"]["issueType"] == "typographical"
    assert m["rule"]["category"] == {"id": "FLUENCY_PUNCTUATION", "name": "Punctuation"}
    assert m["rule"]["description"]
    assert m["sentence"] == 'She said, "Many partners were harmed.'
    ctx = m["context"]
    units = ctx["text"].encode("utf-16-le")
    assert units[2 * ctx["offset"]:2 * (ctx["offset"] + ctx["length"])].decode("utf-16-le") == '"'
    assert m["message"] and m["shortMessage"] == "Punctuation"


def test_replacements_are_values(client):
    m = _post(client, text="Hello , world and more words here.", language="en").get_json()["matches"]
    (before,) = [x for x in m if x["rule"]["id"] == "punctuation.spacing.before-mark"]
    assert before["replacements"] and all(set(r) == {"value"} for r in before["replacements"])


def test_get_with_query_parameters_works_too(client):
    body = client.get("/v2/check", query_string={"text": TEXT, "language": "auto"}).get_json()
    assert len(body["matches"]) == 1
    assert body["language"]["detectedLanguage"]["code"] == "en"


def test_rule_and_category_switches(client):
    def rules(**params):
        return [m["rule"]["id"] for m in _post(client, text=TEXT, language="en-US", **params).get_json()["matches"]]

    assert rules(disabledRules="punctuation.quotes.unbalanced") == []
    assert rules(disabledCategories="FLUENCY_PUNCTUATION") == []
    assert rules(disabledCategories="fluency") == []
    # ids tqcheck does not know are ignored, as LanguageTool does
    assert rules(disabledRules="WHITESPACE_RULE,UPPERCASE_SENTENCE_START") == ["punctuation.quotes.unbalanced"]
    assert rules(disabledCategories="TYPOS") == ["punctuation.quotes.unbalanced"]
    assert rules(enabledRules="punctuation.spacing.doubled", enabledOnly="true") == []
    assert rules(enabledCategories="FLUENCY_PUNCTUATION", enabledOnly="true") == ["punctuation.quotes.unbalanced"]
    assert rules(enabledOnly="true") == []


def test_annotated_data_offsets_point_into_the_original(client):
    data = json.dumps({"annotation": [
        {"text": "Smile 😀 first. "}, {"markup": "<b>"}, {"text": 'She said, "Many'},
        {"markup": "</b>"}, {"text": " partners were harmed."},
    ]})
    original = 'Smile 😀 first. <b>She said, "Many</b> partners were harmed.'
    (m,) = _post(client, data=data, language="en-US").get_json()["matches"]
    units = original.encode("utf-16-le")
    assert units[2 * m["offset"]:2 * (m["offset"] + m["length"])].decode("utf-16-le") == '"'
    assert m["offset"] == original.index('"') + 1


@pytest.mark.parametrize("params, status, message", [
    ({"language": "en-US"}, 400, "Missing 'text' or 'data'"),
    ({"text": "Hi."}, 400, "Missing 'language'"),
    ({"text": "Hi.", "language": "xx-YY"}, 400, "not a language"),
    ({"data": "{", "language": "en"}, 400, "not valid JSON"),
    ({"data": '{"annotation": [{"text": "Hi \\ud800"}]}', "language": "en"}, 400, "surrogate"),
])
def test_bad_requests_get_languagetools_plain_text_errors(client, params, status, message):
    resp = _post(client, **params)
    assert resp.status_code == status
    assert resp.mimetype == "text/plain"
    body = resp.get_data(as_text=True)
    assert body.startswith("Error: ") and message in body
    assert "Traceback" not in body


def test_user_text_in_errors_is_not_html(client):
    resp = _post(client, text="Hi.", language=XSS)
    assert resp.status_code == 400 and resp.mimetype == "text/plain"
    assert resp.headers["X-Content-Type-Options"] == "nosniff"


def test_empty_text_has_no_matches(client):
    body = _post(client, text="", language="en-US").get_json()
    assert body["matches"] == []


def test_size_limit_applies():
    small = create_app({"max_text_bytes": 50}, warm=False).test_client()
    resp = small.post("/v2/check", data={"text": "word " * 20, "language": "en"})
    assert resp.status_code == 413 and resp.get_data(as_text=True).startswith("Error: ")


def test_languages(client):
    body = client.get("/v2/languages").get_json()
    assert {"name": "English (US)", "code": "en", "longCode": "en-US"} in body
    assert all(set(x) == {"name", "code", "longCode"} for x in body)


def test_unknown_v2_paths_are_not_html(client):
    resp = client.get("/v2/nothing")
    assert resp.status_code == 404 and resp.mimetype == "text/plain"
