from __future__ import annotations

from html.parser import HTMLParser

import tqcheck
from tqcheck.render import html as html_render


class Marks(HTMLParser):
    """The text inside each <mark>, and all tags seen."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.marks: list[dict] = []
        self.tags: list[str] = []
        self._open: dict | None = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "mark":
            self._open = {**dict(attrs), "text": ""}
            self.marks.append(self._open)

    def handle_endtag(self, tag):
        if tag == "mark":
            self._open = None

    def handle_data(self, data):
        if self._open is not None:
            self._open["text"] += data


def test_pieces_cover_the_text_exactly_and_split_at_overlaps():
    text = "abcdef"
    out = html_render.pieces(text, [(0, 1, 3, "minor"), (1, 2, 5, "major"), (2, 4, 4, "critical")])
    assert "".join(p.text for p in out) == text
    assert [(p.text, p.issues, p.severity) for p in out] == [
        ("a", [], None), ("b", [0], "minor"), ("c", [0, 1], "major"), ("d", [1], "major"),
        ("", [2], "critical"), ("e", [1], "major"), ("f", [], None),
    ]
    assert out[4].empty
    assert [p.anchors for p in out] == [[], [0], [1], [], [2], [], []]


def test_pieces_ignore_spans_outside_the_text():
    out = html_render.pieces("abc", [(0, 2, 9, "major"), (1, -1, 1, "minor"), (2, 3, 3, "minor")])
    assert [(p.text, p.issues) for p in out] == [("abc", []), ("", [2])]


def test_identical_spans_share_one_mark_with_both_anchors():
    report = tqcheck.check('He said, "yes.').to_dict(include_text=True)
    issue = report["issues"][0]
    report["issues"].append({**issue, "rule": "punctuation.quotes.mismatched", "severity": "critical"})
    page = html_render.render_page(report)
    marks = Marks(page).marks
    assert len(marks) == 1 and marks[0]["text"] == '"'
    assert "tq-critical" in marks[0]["class"]
    assert marks[0]["aria-describedby"] == "issue-0-msg issue-1-msg"
    assert 'id="span-1"' in page


def test_standalone_page_is_self_contained_and_escaped(sample_text):
    report = tqcheck.check(sample_text).to_dict(include_text=True)
    page = html_render.render_page(report, name="<script>alert(1)</script>.txt")
    parser = Marks(page)
    assert "script" not in parser.tags and "link" not in parser.tags  # styles inline, no scripts
    assert "&lt;script&gt;alert(1)&lt;/script&gt;.txt" in page
    assert ".tq-hl" in page  # the stylesheet is inline
    assert [m["text"] for m in parser.marks if m["data-rules"] == "punctuation.quotes.unbalanced"] == ['"']
    # the text reads exactly as submitted once tags are stripped
    body = page[page.index('<div class="tq-text"'):]
    body = body[:body.index("</div>")]
    import html as std_html
    import re

    stripped = std_html.unescape(re.sub(r"<[^>]+>", "", body))
    assert stripped == sample_text


def test_several_reports_on_one_page_keep_ids_apart():
    a = tqcheck.check('He said, "yes.').to_dict(include_text=True)
    b = tqcheck.check('She said, "no.').to_dict(include_text=True)
    page = html_render.render([a, b], ["a.txt", "b.txt"])
    assert 'id="r0-span-0"' in page and 'id="r1-span-0"' in page
    assert 'href="#r1-span-0"' in page
    assert page.count("<article") == 2


def test_report_without_text_lists_issues_only():
    report = tqcheck.check('He said, "yes.').to_dict()
    page = html_render.render_page(report)
    assert "<mark" not in page
    assert "never closed" in page and "does not carry the text" in page


def test_scores_section_is_shown_when_present_and_tolerated_in_any_shape():
    report = tqcheck.check("The minister said so.").to_dict(include_text=True)
    assert "Scores against" not in html_render.render_page(report)
    report["scores"] = {"bleu": {"score": 41.234, "signature": "nrefs:1|tok:13a"}, "chrf": {"score": 60.5},
                        "sentences": [{"hyp": 0, "ref": [0], "chrf": 60.5}], "odd": "<b>x</b>"}
    page = html_render.render_page(report)
    assert "Scores against the reference" in page
    assert "41.23" in page and "nrefs:1|tok:13a" in page and "60.50" in page
    assert "&lt;b&gt;x&lt;/b&gt;" in page  # unknown parts shown as escaped JSON
    report["scores"] = ["unexpected", "shape"]
    assert "unexpected" in html_render.render_page(report)


def test_source_side_issues_are_highlighted_in_the_source_when_given():
    report = tqcheck.check("The minister said so.").to_dict(include_text=True)
    report["issues"].append({
        "rule": "punctuation.quotes.unbalanced", "category": "fluency/punctuation", "severity": "minor",
        "message": "Source issue.", "start": 2, "end": 3, "line": 1, "column": 3, "end_line": 1, "end_column": 4,
        "side": "source", "segment": None, "context": {"text": "他说「你好", "offset": 2, "length": 1},
        "suggestions": [""],
    })
    page = html_render.render_page(report, source="他说「你好")
    marks = Marks(page).marks
    assert [m["text"] for m in marks] == ["「"]
    assert "(source)" in page and "delete it" in page
    # without the source text the issue is still listed
    assert "Source issue." in html_render.render_page(report)


def test_a_capped_report_says_how_many_issues_were_found():
    text = "Words , more , and , more , still."
    report = tqcheck.check(text, config={"max_issues": 2}).to_dict(include_text=True)
    # the rule is read for 2 findings and one more, then stopped (issue 16, finding 10)
    assert report["truncated"] == {"max_issues": 2, "found": 3, "rules_stopped": ["punctuation.spacing.before-mark"]}
    page = html_render.render_page(report)
    assert "At least 3 issues were found; the first 2 are shown" in page
    assert len(Marks(page).marks) == 2


def test_scores_of_a_checked_text_show_intervals_and_the_worst_pairs_escaped():
    text = "The cat sat on the mat. It was happy. <b>Bold</b> claims."
    ref = "The cat sat on the mat. It was very happy. <b>Bold</b> claims were made."
    report = tqcheck.check(text, references=[ref]).to_dict(include_text=True)
    page = html_render.render_page(report)
    assert "aligned sentence pairs against 1 reference" in page
    assert "95% interval" in page and "nrefs:1|" in page
    assert "Sentence pairs, worst first" in page
    assert "It was very happy." in page
    assert "<b>Bold</b>" not in page and "&lt;b&gt;Bold&lt;/b&gt;" in page
    # the documented parts are shown as tables, not dumped as JSON
    assert "More scores" not in page and "sentence_signatures" not in page
    worst = report["scores"]["sentences"][0]
    first_row = page.index("Sentence pairs, worst first")
    assert page.index(worst["hypothesis"]["text"].replace("<", "&lt;").replace(">", "&gt;"), first_row) > first_row


def test_errors_and_advice_are_listed_apart_and_the_verdict_states_both_conditions():
    text = 'But she said, "It is over.'
    report = tqcheck.check(text, config={"profile": "news"}).to_dict(include_text=True)
    kinds = {i["rule"]: i["kind"] for i in report["issues"]}
    assert kinds["punctuation.quotes.unbalanced"] == "error" and kinds["style.conjunction.start"] == "advice"
    view = html_render.view(report)
    assert [x["rule"] for g in view["advice_groups"] for x in g["issues"]] == ["style.conjunction.start"]
    assert "style.conjunction.start" not in [x["rule"] for g in view["groups"] for x in g["issues"]]
    page = html_render.render_page(report)
    assert page.index("Advice (1)") > page.index("punctuation.quotes.unbalanced</code>")
    assert "advice: The sentence opens with" in page  # the hover text says advice, not neutral
    assert "<strong>FAIL</strong>: score 80.0/100 is below the pass mark 90, and 1 error is major or worse" in page
    assert f"{view['errors']} error" in page and "MQM penalty 5.0 over 6 words (833.3 per 1,000 words)" in page
