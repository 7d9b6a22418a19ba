"""The web form: works without JavaScript, escapes everything the user sends."""

from __future__ import annotations

import io
import json
import re
from html.parser import HTMLParser
from urllib.parse import unquote

from tests.conftest import assert_valid_report
from tqcheck.web import create_app

from .conftest import XSS


class Tags(HTMLParser):
    """Every start tag with its attributes, and whether any script exists."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def find(self, tag: str, **attrs) -> list[dict]:
        return [a for t, a in self.tags if t == tag and all(a.get(k) == v for k, v in attrs.items())]


def _submit(client, **fields):
    data = {"text": "", "profile": "news", **fields}
    return client.post("/", data=data, content_type="multipart/form-data")


def test_the_form_has_labelled_fields_and_no_scripts(client):
    resp = client.get("/")
    assert resp.status_code == 200 and resp.mimetype == "text/html"
    html = resp.get_data(as_text=True)
    page = Tags(html)
    assert not page.find("script")
    (form,) = page.find("form")
    assert form["method"] == "post" and form["enctype"] == "multipart/form-data"
    for field in ("text", "source", "reference", "reference_file", "glossary_file", "profile"):
        assert page.find("label", **{"for": field}), field
    assert page.find("textarea", id="text", name="text")
    assert page.find("input", type="file", name="glossary_file")
    assert page.find("button", type="submit")


def test_result_highlights_the_unclosed_quote_in_place(client, sample_text):
    resp = _submit(client, text=sample_text)
    assert resp.status_code == 200
    html = resp.get_data(as_text=True)
    page = Tags(html)
    marks = page.find("mark")
    quote = [m for m in marks if m.get("data-rules") == "punctuation.quotes.unbalanced"]
    assert len(quote) == 1
    mark = quote[0]
    assert "tq-minor" in mark["class"] and mark["tabindex"] == "0"  # minor by the MQM evidence
    assert "never closed" in mark["data-tip"]
    # the mark is described by its list entry, and the entry links to the mark
    assert page.find("span", id=mark["aria-describedby"])
    assert page.find("a", href="#" + mark["id"])
    # the highlighted character is the quote after "She said, "
    assert re.search(r'She said, <mark [^>]*punctuation\.quotes\.unbalanced[^>]*>&#34;</mark>Many', html)
    # verdict, category group, and the text as submitted around the marks
    assert "<strong>PASS</strong>: score " in html  # one minor error, and the score meets the mark
    # errors first; advice (neutral issues) in its own group after them
    advice = re.search(r'<h3 id="tq-advice">Advice \((\d+)\)</h3>', html)
    assert advice and html.index("style.conjunction.start</code>") > advice.start()
    assert html.index("punctuation.quotes.unbalanced</code>") < advice.start()
    assert "fluency/punctuation" in html


class Forms(HTMLParser):
    """Every form with its action and its hidden fields' values."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.forms: list[dict] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.forms.append({"action": a.get("action"), "hidden": {}, "buttons": []})
        elif tag == "input" and a.get("type") == "hidden" and self.forms:
            self.forms[-1]["hidden"][a["name"]] = a.get("value", "")


def test_the_download_is_a_small_form_post_to_a_real_endpoint(client, sample_text):
    resp = _submit(client, text=sample_text)
    html = resp.get_data(as_text=True)
    assert "data:application/json" not in html
    (download,) = [f for f in Forms(html).forms if f["action"] == "/report.json"]
    assert download["hidden"]["text"] == sample_text
    # the page carries the inputs, not the report: far smaller than the 137 KB a data URL took
    assert len(html.encode()) < 3 * len(sample_text.encode()) + 60_000
    got = client.post("/report.json", data=download["hidden"], content_type="multipart/form-data")
    assert got.status_code == 200 and got.mimetype == "application/json"
    assert got.headers["Content-Disposition"] == 'attachment; filename="tqcheck-report.json"'
    report = got.get_json()
    assert_valid_report(report)
    assert report["text"] == sample_text
    assert any(i["rule"] == "punctuation.quotes.unbalanced" for i in report["issues"])


def test_the_download_endpoint_refuses_what_the_form_refuses(client):
    resp = client.post("/report.json", data={"text": " "}, content_type="multipart/form-data")
    assert resp.status_code == 400 and resp.mimetype == "text/html"


def test_check_again_keeps_the_uploaded_glossary_and_reference(client, app, monkeypatch):
    seen = {}
    service = app.extensions["tqcheck"]
    real = service.check
    monkeypatch.setattr(service, "check", lambda text, **kw: (seen.update(kw), real(text, **kw))[1])
    glossary = "source\ttarget\n中欧峰会\tEU-China summit\n"
    resp = _submit(client, text="Kallas will attend the summit.", source="卡拉斯将出席中欧峰会。",
                   glossary_file=(io.BytesIO(glossary.encode()), "terms.tsv"),
                   reference_file=(io.BytesIO("Kallas attends the EU-China summit.\n".encode()), "ref.txt"))
    assert resp.status_code == 200, resp.get_data(as_text=True)[:500]
    first = dict(seen)
    html = resp.get_data(as_text=True)
    assert "terms.tsv" in html and "ref.txt" in html
    (check_form,) = [f for f in Forms(html).forms if f["action"] == "/"]
    carried = check_form["hidden"]
    assert carried == {"reference_file": "Kallas attends the EU-China summit.\n", "reference_name": "ref.txt",
                       "glossary_file": glossary, "glossary_name": "terms.tsv"}
    # a browser sends hidden values with CRLF line breaks; the content is used as uploaded
    crlf = {k: v.replace("\n", "\r\n") for k, v in carried.items()}
    seen.clear()
    # as a browser sends it: an empty file part ("no file chosen") and the hidden field of the same name
    again = _submit(client, text="Kallas will attend the summit.", source="卡拉斯将出席中欧峰会。",
                    glossary_file=[(io.BytesIO(b""), ""), crlf["glossary_file"]],
                    reference_file=[(io.BytesIO(b""), ""), crlf["reference_file"]],
                    glossary_name="terms.tsv", reference_name="ref.txt")
    assert again.status_code == 200
    assert seen["glossary"] == first["glossary"] and seen["glossary_name"] == "terms.tsv"
    assert seen["references"] == first["references"]
    # and they can be dropped
    seen.clear()
    dropped = _submit(client, text="Kallas will attend the summit.", forget_glossary="1", forget_reference="1",
                      **carried)
    assert dropped.status_code == 200 and seen["glossary"] is None and seen["references"] == []


def test_profile_and_reference_paste_and_upload_are_used(client, app, monkeypatch):
    seen = {}
    service = app.extensions["tqcheck"]
    real = service.check

    def spy(text, **kwargs):
        seen.update(kwargs, text=text)
        return real(text, **kwargs)

    monkeypatch.setattr(service, "check", spy)
    resp = _submit(client, text="He said hello.", source="他说你好。", reference="He said hi.",
                   reference_file=(io.BytesIO("\ufeffHe greeted us.".encode()), "ref.txt"), profile="general")
    assert resp.status_code == 200
    assert seen["references"] == ["He said hi.", "He greeted us."]
    assert seen["source"] == "他说你好。"
    assert seen["settings"] == {"profile": "general"}


def test_script_injection_in_text_is_escaped(client):
    text = f'He said, "{XSS} and more.'
    html = _submit(client, text=text).get_data(as_text=True)
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert not Tags(html).find("script") and not Tags(html).find("img")


def test_script_injection_in_file_names_and_glossary_is_escaped(client):
    resp = _submit(client, text="He said hello.",
                   reference_file=(io.BytesIO(b"He said hi."), f"{XSS}.txt"),
                   glossary_file=(io.BytesIO(f"{XSS}\t{XSS}\n".encode()), f"{XSS}.tsv"))
    html = resp.get_data(as_text=True)
    assert not Tags(html).find("script") and not Tags(html).find("img")
    assert "&lt;script&gt;" in html  # the file name is shown, as text


def test_injection_in_the_echoed_form_is_escaped(client):
    html = _submit(client, text=f"</textarea>{XSS}", source=f"</textarea>{XSS}").get_data(as_text=True)
    assert "</textarea><script>" not in html
    assert not Tags(html).find("script") and not Tags(html).find("img")


def test_form_errors_are_shown_with_the_form(client):
    resp = _submit(client, text="   ")
    assert resp.status_code == 400
    html = resp.get_data(as_text=True)
    assert 'role="alert"' in html and "Paste the translation" in html
    resp = _submit(client, text="Hello.", reference_file=(io.BytesIO(b"caf\xe9"), "latin1.txt"))
    assert resp.status_code == 400
    assert "latin1.txt: not valid UTF-8 (byte offset 3)" in resp.get_data(as_text=True)
    resp = _submit(client, text="Hello.", profile="nonsense")
    assert resp.status_code == 400 and "Unknown profile" in resp.get_data(as_text=True)


def test_entered_text_is_kept_after_an_error(client):
    resp = _submit(client, text="Kept & safe <b>", reference_file=(io.BytesIO(b"\xff"), "bad.txt"))
    assert resp.status_code == 400
    assert "Kept &amp; safe &lt;b&gt;</textarea>" in resp.get_data(as_text=True)


def test_over_the_limit_is_413_in_html():
    small = create_app({"max_text_bytes": 20}, warm=False).test_client()
    resp = _submit(small, text="This text is longer than twenty bytes.")
    assert resp.status_code == 413 and resp.mimetype == "text/html"
    assert "at most 20" in resp.get_data(as_text=True)
    resp = small.post("/", data={"text": "x" * 300_000}, content_type="multipart/form-data")
    assert resp.status_code == 413 and resp.mimetype == "text/html"


def test_scoring_from_the_form_is_held_to_the_score_limit():
    small = create_app({"max_score_bytes": 60}, warm=False).test_client()
    text = "The minister said the talks went well."  # 38 bytes
    resp = _submit(small, text=text, reference="The minister said the talks were good.")
    assert resp.status_code == 413 and resp.mimetype == "text/html"
    assert "scores at most 60" in resp.get_data(as_text=True)
    # the same text without a reference is only checked, and is accepted
    assert _submit(small, text=text).status_code == 200


def test_the_result_page_shows_scores_per_sentence(client):
    resp = _submit(client, text="The talks went well. Both sides agreed.",
                   reference="The talks went well. The two sides agreed.")
    page = resp.get_data(as_text=True)
    assert resp.status_code == 200
    assert "Scores against the reference" in page and "Sentence pairs, worst first" in page
    assert "The two sides agreed." in page and "chrF2++" in page


def test_page_errors_are_html_pages_not_tracebacks(client):
    resp = client.get("/no/such/page")
    assert resp.status_code == 404 and resp.mimetype == "text/html"
    html = resp.get_data(as_text=True)
    assert "404" in html and "Traceback" not in html
    resp = client.get(f"/{XSS}")
    assert "<script>" not in resp.get_data(as_text=True)
    assert client.delete("/").status_code == 405


def test_files_sent_as_plain_fields_count_as_files(client, app, monkeypatch):
    seen = {}
    service = app.extensions["tqcheck"]
    real = service.check
    monkeypatch.setattr(service, "check", lambda text, **kw: (seen.update(kw), real(text, **kw))[1])
    resp = _submit(client, text="He said hello.", reference_file="He said hi.")
    assert resp.status_code == 200 and seen["references"] == ["He said hi."]
    resp = _submit(client, text="He said hello.", reference_file="")
    assert resp.status_code == 400 and "reference_file: the file is empty" in resp.get_data(as_text=True)
    # a file part with no name is a browser's "no file chosen"
    resp = _submit(client, text="He said hello.", reference_file=(io.BytesIO(b""), ""))
    assert resp.status_code == 200
