"""Attack suite for the web service (issue 16: findings 1, 3, 7, 8, 9, 15).

Each case sends what a hostile client sent in the attack pass and asserts
the fix: a 4xx problem that names the field, never a 500, never a file
read. Flask's test client only; every case is bounded and fast.
"""

from __future__ import annotations

import io
import json
import math
import time

import pytest

from tqcheck.web import SECURITY_HEADERS, create_app

TEXT = "The minister said on Monday that the talks would continue next week."


def problem(r, status):
    assert r.status_code == status, r.get_data(as_text=True)[:500]
    assert r.mimetype == "application/problem+json"
    body = r.get_json()
    assert body["status"] == status and body["detail"]
    return body


def pointers(body):
    return {e["pointer"] for e in body["errors"]}


# -- 1. the check API never reads server files a client names ------------------------
def test_1_request_options_naming_server_files_are_refused_unread(client, monkeypatch, tmp_path):
    def no_reading(*args, **kwargs):
        raise AssertionError("the service read a file a request named")

    monkeypatch.setattr("tqcheck.lexicon.userwords.read_words_file", no_reading)
    monkeypatch.setattr("tqcheck.glossary.read.load", no_reading)
    secret = tmp_path / "secret.json"
    secret.write_text('{"password": "hunter2"}', encoding="utf-8")
    answers = []
    for path in (str(secret), str(tmp_path / "nonexistent"), "/dev/zero"):
        for option in ({"words_files": [path]}, {"glossary": path}):
            r = client.post("/api/v1/check", json={"text": TEXT, "options": option})
            body = problem(r, 400)
            key = next(iter(option))
            assert pointers(body) == {f"/options/{key}"}
            assert "never reads files" in body["detail"]
            assert path not in r.get_data(as_text=True) and "hunter2" not in r.get_data(as_text=True)
            answers.append((key, r.get_data()))
    # an existing file, a missing one and a device answer byte for byte alike
    for key in ("words_files", "glossary"):
        assert len({data for k, data in answers if k == key}) == 1
    # the inline forms are the way: words in options, the glossary's contents in the body
    r = client.post("/api/v1/check", json={"text": "Kallasz met the minister today.",
                                           "options": {"words": ["Kallasz"]},
                                           "glossary": "source\ttarget\n部长\tminister\n"})
    assert r.status_code == 200
    assert "spelling.misspelled" not in {i["rule"] for i in r.get_json()["issues"]}


# -- 3. list caps, each distinct entry validated once -------------------------------------
def test_3_long_rule_lists_are_refused_by_count_and_repeats_checked_once(client):
    started = time.perf_counter()
    r = client.post("/api/v1/check", json={"text": TEXT, "enable": ["style"] * 100_000})
    body = problem(r, 413)
    assert pointers(body) == {"/enable"} and "enable has 100000 entries" in body["detail"]
    r = client.post("/api/v1/check", json={"text": TEXT, "options": {"disable": ["style"] * 600}})
    assert pointers(problem(r, 413)) == {"/options/disable"}
    r = client.post("/v2/check", data={"text": TEXT, "language": "en-US",
                                       "enabledRules": ",".join(f"RULE_{i}" for i in range(100_000))})
    assert r.status_code == 413 and r.get_data(as_text=True).startswith("Error: 'enabledRules' lists")
    assert time.perf_counter() - started < 10  # each took 8 s to minutes before
    # under the cap, a repeated unknown name is one error, not one per copy
    r = client.post("/api/v1/check", json={"text": TEXT, "disable": ["nosuch.rule"] * 400})
    body = problem(r, 400)
    assert body["errors"] == [{"pointer": "/disable/0",
                               "message": "no rule or rule group is called 'nosuch.rule' (see `tqcheck rules`)"}]


# -- 7. word lists: bounded cache, counted towards the request limit ----------------------
def test_7_word_lists_count_towards_the_limit_and_the_checker_cache_is_bounded_by_bytes():
    app = create_app({"max_text_bytes": 200_000, "checker_cache_bytes": 1_000_000}, warm=False)
    client = app.test_client()
    svc = app.extensions["tqcheck"]
    words = [f"zq{i:010d}" for i in range(20_000)]  # 240 kB of words with a short text
    body = problem(client.post("/api/v1/check", json={"text": TEXT, "options": {"words": words}}), 413)
    assert "/options/words" in pointers(body)
    for n in range(12):  # distinct lists just under the limit: each about 190 kB in memory
        words = [f"w{n:02d}x{i:06d}" for i in range(10_000)]
        assert client.post("/api/v1/check", json={"text": TEXT, "options": {"words": words}}).status_code == 200
        assert svc.cached_bytes <= 1_000_000
    assert svc.cached_bytes > 0


# -- 8. no 500s: deep nesting, LanguageTool data, rule options of the wrong type ----------
def test_8_deep_glossary_deep_data_and_bad_rule_options_are_4xx_problems(client):
    deep = '{"entries": ' + "[" * 1000 + "]" * 1000 + "}"
    body = problem(client.post("/api/v1/check", json={"text": TEXT, "glossary": deep}), 400)
    assert pointers(body) == {"/glossary"} and "nested too deeply" in body["detail"]
    nested: object = 1
    for _ in range(900):
        nested = [nested]
    raw = json.dumps({"text": TEXT, "options": {"rules": {"style.length.sentence": {"max_words": nested}}}})
    r = client.post("/api/v1/check", data=raw, content_type="application/json")
    assert "nested" in problem(r, 400)["detail"]
    r = client.post("/v2/check", data={"language": "en-US", "data": "[" * 100_000})
    assert r.status_code == 400 and r.get_data(as_text=True).startswith("Error: 'data' is nested too deeply")
    options = {"rules": {"style.length.sentence": {"max_words": "x", "max_wrods": 3},
                         "style.openers.repeated": {"window": -1}}}
    body = problem(client.post("/api/v1/check", json={"text": TEXT, "options": options}), 400)
    messages = {e["pointer"]: e["message"] for e in body["errors"]}
    assert messages == {
        "/options/rules/style.length.sentence/max_words":
            "rules.style.length.sentence.max_words: must be a whole number, not string 'x'",
        "/options/rules/style.length.sentence/max_wrods":
            "rules.style.length.sentence.max_wrods: unknown option (its options: max_words, max_words_general)",
        "/options/rules/style.openers.repeated/window": "rules.style.openers.repeated.window: must be at least 1, not -1",
    }


# -- 9. no NaN or Infinity in, none out -----------------------------------------------------
@pytest.mark.parametrize("options, pointer", [
    ({"threshold": 1e999}, "/options/threshold"),
    ({"threshold": 10 ** 400}, "/options/threshold"),
    ({"weights": {"minor": 1e999}}, "/options/weights/minor"),
    ({"rules": {"language.mismatch": {"min_confidence": -1e999}}}, "/options/rules/language.mismatch/min_confidence"),
])
def test_9_non_finite_numbers_are_refused(client, options, pointer):
    raw = json.dumps({"text": TEXT, "options": options}).replace("Infinity", "1e999")
    body = problem(client.post("/api/v1/check", data=raw, content_type="application/json"), 400)
    assert pointer in pointers(body)
    assert any("not a finite number" in e["message"] for e in body["errors"])
    for literal in ("NaN", "Infinity", "-Infinity"):
        raw = '{"text": "%s", "options": {"threshold": %s}}' % (TEXT, literal)
        assert client.post("/api/v1/check", data=raw, content_type="application/json").status_code == 400


def test_9_json_responses_never_hold_nan(app):
    with app.app_context(), pytest.raises(ValueError):
        app.json.dumps({"score": math.nan})


# -- 15. chunked bodies over the limit, and error pages with the headers -----------------
def test_15_a_chunked_body_over_the_limit_is_413_and_errors_keep_the_security_headers():
    app = create_app({"max_text_bytes": 1000}, warm=False)

    @app.post("/api/v1/_attack/raise")
    def _raise():
        raise RuntimeError("boom")

    @app.post("/api/v1/_attack/timeout")
    def _timeout():
        raise SystemExit(1)  # what gunicorn's sync worker raises when a request outlives --timeout

    @app.post("/_attack/timeout")
    def _page_timeout():
        raise SystemExit(1)

    client = app.test_client()
    big = b'{"text": "' + b"a" * (app.config["MAX_CONTENT_LENGTH"] + 10) + b'"}'
    for path, ctype in (("/api/v1/check", "application/json"), ("/v2/check", "application/x-www-form-urlencoded"),
                        ("/", "application/x-www-form-urlencoded")):
        r = client.post(path, input_stream=io.BytesIO(big), content_type=ctype,
                        headers={"Transfer-Encoding": "chunked"}, environ_overrides={"wsgi.input_terminated": True})
        assert r.status_code == 413, (path, r.get_data(as_text=True)[:300])
    small = json.dumps({"text": TEXT}).encode()
    r = client.post("/api/v1/check", input_stream=io.BytesIO(small), content_type="application/json",
                    headers={"Transfer-Encoding": "chunked"}, environ_overrides={"wsgi.input_terminated": True})
    assert r.status_code == 200
    for path, status in (("/api/v1/_attack/raise", 500), ("/api/v1/_attack/timeout", 503)):
        r = client.post(path)
        body = problem(r, status)
        assert "boom" not in json.dumps(body) and "Traceback" not in r.get_data(as_text=True)
        for key, value in SECURITY_HEADERS.items():
            assert r.headers[key] == value
    r = client.post("/_attack/timeout")
    assert r.status_code == 503 and r.mimetype == "text/html"
    assert r.headers["Content-Security-Policy"] == SECURITY_HEADERS["Content-Security-Policy"]
