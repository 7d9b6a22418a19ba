from __future__ import annotations

import json

import pytest

from tests.conftest import assert_valid_report
from tqcheck.web import create_app

from .conftest import XSS

QUOTE_ISSUE = "punctuation.quotes.unbalanced"


def assert_problem(resp, status: int) -> dict:
    assert resp.status_code == status
    assert resp.mimetype == "application/problem+json"
    body = resp.get_json()
    assert body["status"] == status and body["detail"]
    assert "Traceback" not in resp.get_data(as_text=True)
    assert "<html" not in resp.get_data(as_text=True).lower()
    return body


def test_check_returns_a_valid_report_locating_the_unclosed_quote(client, sample_text):
    resp = client.post("/api/v1/check", json={"text": sample_text, "include_text": True, "name": "article.txt"})
    assert resp.status_code == 200 and resp.mimetype == "application/json"
    report = resp.get_json()
    assert_valid_report(report)
    assert report["text"] == sample_text
    assert report["input"] == {"name": "article.txt"}
    quotes = [i for i in report["issues"] if i["rule"] == QUOTE_ISSUE]
    assert len(quotes) == 1
    start = quotes[0]["start"]
    assert sample_text[start:quotes[0]["end"]] == '"'
    assert sample_text[start - 10:start] == "She said, "


def test_report_omits_text_unless_asked(client):
    report = client.post("/api/v1/check", json={"text": 'He said, "yes.'}).get_json()
    assert "text" not in report
    assert [i["rule"] for i in report["issues"]] == [QUOTE_ISSUE]


def test_rule_switches_and_options_reach_the_library(client):
    text = 'He said, "yes.'
    off = client.post("/api/v1/check", json={"text": text, "disable": ["punctuation.quotes"]}).get_json()
    assert off["issues"] == []
    via_options = client.post("/api/v1/check", json={"text": text, "options": {"disable": ["punctuation"]}}).get_json()
    assert via_options["issues"] == []
    # the top-level switch wins over options
    both = client.post("/api/v1/check", json={"text": text, "options": {"disable": ["punctuation"]},
                                              "enable": [QUOTE_ISSUE]}).get_json()
    assert [i["rule"] for i in both["issues"]] == [QUOTE_ISSUE]
    severe = client.post("/api/v1/check", json={"text": text, "options": {"severity": {QUOTE_ISSUE: "critical"},
                                                                         "threshold": 50}}).get_json()
    assert severe["issues"][0]["severity"] == "critical"
    assert severe["quality"]["threshold"] == 50 and severe["quality"]["pass"] is False


def test_offsets_count_code_points_of_the_text_as_sent(client):
    text = 'Emoji 😀😀 first. Then: "open and never closed.'
    report = client.post("/api/v1/check", json={"text": text}).get_json()
    (issue,) = [i for i in report["issues"] if i["rule"] == QUOTE_ISSUE]
    assert text[issue["start"]] == '"'


def test_every_validation_error_is_reported_with_its_pointer(client):
    resp = client.post("/api/v1/check", json={"text": 5, "profile": "poetry", "references": ["ok", 3],
                                              "extra": True})
    body = assert_problem(resp, 400)
    pointers = {e["pointer"] for e in body["errors"]}
    assert {"/text", "/profile", "/references/1", "/"} <= pointers
    assert len(body["errors"]) == 4
    assert all(e["message"] for e in body["errors"])


def test_unknown_rule_names_are_reported_where_they_are(client):
    resp = client.post("/api/v1/check", json={"text": "Hello.", "enable": ["punctuation", "no.such"],
                                              "options": {"severity": {"nothing": "minor"}}})
    body = assert_problem(resp, 400)
    assert [e["pointer"] for e in body["errors"]] == ["/enable/1", "/options/severity/nothing"]
    assert "no.such" in body["errors"][0]["message"]


@pytest.mark.parametrize("body, pointer", [
    ({"text": "   \n "}, "/text"),
    ({"text": "fine", "source": "\t"}, "/source"),
    ({"text": "lone \ud800 surrogate"}, "/text"),
    ({"text": "fine", "references": ["ok", "bad \udfff"]}, "/references/1"),
])
def test_unusable_text_is_a_400_naming_the_field(client, body, pointer):
    resp = client.post("/api/v1/check", data=json.dumps(body), content_type="application/json")
    problem = assert_problem(resp, 400)
    assert pointer in {e["pointer"] for e in problem["errors"]}


@pytest.mark.parametrize("data, content_type", [
    ("{not json", "application/json"),
    ('{"text": NaN}', "application/json"),
    (b'{"text": "\xff"}', "application/json"),
    ("[1, 2]", "application/json"),
    ("", "application/json"),
])
def test_bodies_that_are_not_a_json_object_are_400(client, data, content_type):
    problem = assert_problem(client.post("/api/v1/check", data=data, content_type=content_type), 400)
    assert problem["errors"][0]["pointer"] == "/"


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", None])
def test_a_body_that_is_not_json_is_415(client, content_type):
    kwargs = {"content_type": content_type} if content_type else {}
    assert_problem(client.post("/api/v1/check", data="text=hello", **kwargs), 415)


def test_a_json_media_type_with_suffix_is_accepted(client):
    resp = client.post("/api/v1/check", data='{"text": "Hello there."}', content_type="application/vnd.api+json")
    assert resp.status_code == 200


def test_text_over_the_limit_is_413_and_the_limit_is_configurable():
    small = create_app({"max_text_bytes": 100}, warm=False).test_client()
    ok = small.post("/api/v1/check", json={"text": "é" * 50})  # exactly 100 bytes of UTF-8
    assert ok.status_code == 200
    body = assert_problem(small.post("/api/v1/check", json={"text": "é" * 40, "source": "x" * 21}), 413)
    assert {e["pointer"] for e in body["errors"]} == {"/text", "/source"}
    # a body far over the limit is refused before it is parsed
    huge = json.dumps({"text": "a" * 200_000})
    assert_problem(small.post("/api/v1/check", data=huge, content_type="application/json"), 413)


def test_default_limit_is_one_megabyte(app):
    assert app.extensions["tqcheck"].settings.max_text_bytes == 1_000_000


def test_unknown_paths_and_wrong_methods_under_api_are_json(client):
    assert_problem(client.get("/api/v1/nothing"), 404)
    assert_problem(client.get("/api/"), 404)
    body = assert_problem(client.get("/api/v1/check"), 405)
    assert "POST" in body["detail"]
    assert_problem(client.delete("/api/v1/rules"), 405)


def test_an_unexpected_failure_is_a_json_500_without_traceback(monkeypatch):
    app = create_app({}, warm=False)
    app.config["PROPAGATE_EXCEPTIONS"] = False

    def broken(*args, **kwargs):
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(app.extensions["tqcheck"], "check", broken)
    resp = app.test_client().post("/api/v1/check", json={"text": "Hello."})
    body = assert_problem(resp, 500)
    assert "secret internal detail" not in resp.get_data(as_text=True)
    assert body["errors"] == []


def test_user_text_in_errors_is_data_not_markup(client):
    resp = client.post("/api/v1/check", json={"text": "ok", "profile": XSS})
    assert_problem(resp, 400)
    # JSON is not HTML: nosniff keeps browsers from treating it as such
    assert resp.headers["X-Content-Type-Options"] == "nosniff"
    assert resp.headers["Content-Security-Policy"].startswith("default-src 'none'")


def test_rules_lists_every_rule_and_the_taxonomy(client):
    from tqcheck.rules import all_rules

    from tqcheck.config import Config

    body = client.get("/api/v1/rules").get_json()
    assert [r["id"] for r in body["rules"]] == sorted(r.id for r in all_rules())
    on_by_default = {a.rule.id for a in Config().select(all_rules())}
    assert [r["id"] for r in body["rules"] if r["enabled"]] == sorted(on_by_default)
    categories = {c["id"]: c for c in body["categories"]}
    assert categories["fluency/punctuation"]["its"] == "typographical"
    assert body["severities"] == ["neutral", "minor", "major", "critical"]


def test_health(client):
    from tqcheck import __version__

    body = client.get("/api/v1/health").get_json()
    assert body["status"] == "ok" and body["version"] == __version__
    assert body["rules"] > 0 and body["ruleset"].startswith("sha256:")


def test_checkers_are_reused_per_settings(app):
    svc = app.extensions["tqcheck"]
    a = svc.checker({"profile": "general"})
    assert svc.checker({"profile": "general"}) is a
    assert svc.checker({"profile": "news"}) is not a


def score_validator():
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource

    from tqcheck.resources import schema

    registry = Registry().with_resources(
        (s["$id"], Resource.from_contents(s)) for s in (schema("score"), schema("report")))
    return Draft202012Validator(schema("score"), registry=registry)


def test_score_returns_sacrebleu_figures_in_the_documented_shape(client):
    hyp = "The cat sat on the mat. It was happy."
    ref = "The cat sat on the mat. It was very happy."
    resp = client.post("/api/v1/score", json={"text": hyp, "references": [ref], "name": "draft"})
    assert resp.status_code == 200
    body = resp.get_json()
    assert not list(score_validator().iter_errors(body))
    assert body["baseline"] == "draft" and body["references"] == ["references[0]"]
    scores = body["systems"][0]["scores"]
    import sacrebleu

    # the text is split into sentences and each is paired with its reference sentence
    expected = sacrebleu.corpus_bleu(["The cat sat on the mat.", "It was happy."],
                                     [["The cat sat on the mat.", "It was very happy."]])
    assert scores["segments"] == 2
    assert scores["bleu"]["score"] == pytest.approx(expected.score, abs=1e-9)
    assert scores["bleu"]["signature"].startswith("nrefs:1|") and "tok:13a" in scores["bleu"]["signature"]
    assert {"chrf", "chrf++", "ter"} <= set(scores)


def test_score_against_an_identical_reference_is_perfect(client):
    text = "Kallas said the summit would go ahead."
    body = client.post("/api/v1/score", json={"text": text, "references": [text, text]}).get_json()
    corpus = body["systems"][0]["scores"]
    assert corpus["bleu"]["score"] == pytest.approx(100.0)
    assert corpus["ter"]["score"] == pytest.approx(0.0)


@pytest.mark.parametrize("payload, pointer", [
    ({"text": "Hello."}, "/"),
    ({"text": "Hello.", "references": []}, "/references"),
    ({"text": "Hello.", "references": ["  "]}, "/references/0"),
    ({"text": 3, "references": ["x"]}, "/text"),
    ({"text": "Hello.", "references": ["x"], "colour": "red"}, "/"),
])
def test_a_bad_score_body_is_400_with_pointers(client, payload, pointer):
    body = assert_problem(client.post("/api/v1/score", json=payload), 400)
    assert pointer in {e["pointer"] for e in body["errors"]}


def test_scoring_has_its_own_smaller_limit():
    small = create_app({"max_text_bytes": 1000, "max_score_bytes": 100}, warm=False).test_client()
    assert small.post("/api/v1/score", json={"text": "a " * 25, "references": ["b " * 25]}).status_code == 200
    body = assert_problem(small.post("/api/v1/score", json={"text": "a " * 30, "references": ["b " * 30]}), 413)
    assert {e["pointer"] for e in body["errors"]} == {"/text", "/references"}
    assert "score" in body["detail"]
    # a check with references scores too, so the same limit holds ...
    assert_problem(small.post("/api/v1/check", json={"text": "a " * 30, "references": ["b " * 30]}), 413)
    # ... but a check without references is held only to max_text_bytes
    assert small.post("/api/v1/check", json={"text": "Fine words. " * 20}).status_code == 200


def test_score_limit_comes_from_the_environment():
    from tqcheck.web.settings import load

    assert load(environ={"TQCHECK_MAX_SCORE_BYTES": "5000"}).max_score_bytes == 5000
    assert load(environ={}).max_score_bytes == 100_000


def test_a_frozen_app_keeps_its_start_up_heap_from_the_collector_and_still_answers():
    import gc

    from tqcheck.web import create_app

    try:
        client = create_app({}, freeze=True).test_client()
        assert gc.get_freeze_count() > 0
        r = client.post("/api/v1/check", json={"text": "She have two cats."})
        assert r.status_code == 200 and any(i["rule"].startswith("grammar.") for i in r.get_json()["issues"])
    finally:
        gc.unfreeze()


def test_requests_that_name_no_rule_and_requests_that_name_unknown_ones():
    from tqcheck.web.service import directive_errors

    assert directive_errors([]) == []
    assert directive_errors([("/enable/0", "grammar"), ("/disable/0", "nosuch.rule")]) == [
        {"pointer": "/disable/0", "message": "no rule or rule group is called 'nosuch.rule' (see `tqcheck rules`)"}]
