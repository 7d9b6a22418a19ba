"""The real ``language-tool-python`` client against a live tqcheck server.

The client converts LanguageTool's UTF-16 offsets back to Python code
points, so its offsets are right only if the server counts UTF-16 units.
"""

from __future__ import annotations

import language_tool_python

TEXT = 'Good news 🎉🎉 today. She said, "Many partners were harmed.'


def test_client_finds_the_unclosed_quote_after_emoji(live_server):
    with language_tool_python.LanguageTool("en-US", remote_server=live_server) as tool:
        matches = tool.check(TEXT)
    assert [m.rule_id for m in matches] == ["punctuation.quotes.unbalanced"]
    (m,) = matches
    assert m.offset == TEXT.index('"')
    assert TEXT[m.offset:m.offset + m.error_length] == '"'
    assert m.category == "FLUENCY_PUNCTUATION"
    assert m.rule_issue_type == "typographical"
    assert m.sentence == 'She said, "Many partners were harmed.'


def test_client_switches_and_correct(live_server):
    text = "Hello , world.  She said, \"Many partners were harmed.\""
    with language_tool_python.LanguageTool("en-US", remote_server=live_server) as tool:
        rules = sorted(m.rule_id for m in tool.check(text))
        assert rules == ["punctuation.spacing.before-mark", "punctuation.spacing.doubled"]
        assert tool.correct(text) == "Hello, world. She said, \"Many partners were harmed.\""
        tool.disabled_rules = {"punctuation.spacing.doubled"}
        assert [m.rule_id for m in tool.check(text)] == ["punctuation.spacing.before-mark"]
        tool.disabled_rules = set()
        tool.disabled_categories = {"FLUENCY_PUNCTUATION"}
        assert tool.check(text) == []
