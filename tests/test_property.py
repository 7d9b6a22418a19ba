"""Property tests: arbitrary Unicode never crashes the pipeline, every report
validates against the schema, and every span lies inside the text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tqcheck
from tqcheck.render import text as text_render

from .conftest import assert_valid_report

# characters that exercise the rules: quotes, brackets, spacing, CJK, astral
TRICKY = list("ab Z.9 \"'“”‘’«»()[]{}（）【】.,;:!?…,,..\n\r\t\u00a0\u3000\u200b，。😀中s@/:")
texts = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.sampled_from(TRICKY), max_size=300),
    st.lists(st.sampled_from(["He said \"", "don't ", "'90s ", "(see ", ") ", "U.S. ", "3.5 ", "\n\n", "“", "”",
                              "https://x.com/a ", "a@b.org. ", "word ", "  ", ". ", "Dr. ", "中文", "😀"]),
             max_size=40).map("".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_any_text_gives_a_valid_report_or_an_input_error(text):
    try:
        report = tqcheck.check(text)
    except tqcheck.InputError:
        assert not text.strip() or any("\ud800" <= c <= "\udfff" for c in text)
        return
    d = report.to_dict(include_text=True)
    assert_valid_report(d)
    for issue in report.issues:
        assert 0 <= issue.start <= issue.end <= len(text)
        line_start = text.rfind("\n", 0, issue.start) + 1
        assert issue.line >= 1 and issue.column >= 1
        if "\r" not in text:
            assert issue.line == text.count("\n", 0, issue.start) + 1
            assert issue.column == issue.start - line_start + 1
    assert text_render.render([d], ["t"])
