"""The web form, the JSON API and the CLI give the same report for the same
text: the form undoes the CRLF line breaks HTML forms send, as if the
user's text had come from the file the CLI reads."""

from __future__ import annotations

import json
import re

from tests.conftest import ROOT
from tqcheck.cli import main

ARTICLE = ROOT / "examples" / "article.txt"


def _comparable(report: dict) -> dict:
    return {k: v for k, v in report.items() if k not in ("input", "text")}


def test_form_api_and_cli_reports_are_equal_for_the_sample_article(client, capsys):
    text = ARTICLE.read_text(encoding="utf-8")
    assert "\r" not in text
    # a browser sends a textarea's line breaks as CRLF, whatever the user pasted
    sent = {"text": text.replace("\n", "\r\n"), "profile": "news"}
    page = client.post("/", data=sent, content_type="multipart/form-data").get_data(as_text=True)
    form = client.post("/report.json", data=sent, content_type="multipart/form-data").get_json()
    api = client.post("/api/v1/check", json={"text": text, "include_text": True}).get_json()
    assert main(["check", "--no-config", "--format", "json", str(ARTICLE)]) in (0, 1)
    cli = json.loads(capsys.readouterr().out)

    assert form["text"] == api["text"] == text
    assert form["stats"]["characters"] == len(text) == cli["stats"]["characters"]
    assert _comparable(form) == _comparable(api) == _comparable(cli)
    # the page shows those issues, each linked to its rule's documentation
    links = re.findall(r'<a class="tq-rule" href="/rules/([a-z0-9.-]+)"', page)
    assert sorted(links) == sorted(i["rule"] for i in cli["issues"])
    for issue in cli["issues"]:
        context = issue["context"]["text"]
        assert "\r" not in context
