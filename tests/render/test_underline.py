"""The excerpt and carets of the text report: the fast path for printable
text gives what the character-by-character pass gives."""

from hypothesis import given, settings, strategies as st

from tqcheck.render.text import _display, _shown_width, underline, WINDOW


def _by_character(line_text, col_start, col_end):
    col_end = max(col_end, col_start + 1)
    left = max(0, col_start - WINDOW // 3)
    right = min(len(line_text), max(col_end, left + WINDOW))
    shown = [_display(c) for c in line_text[left:right]]
    pad = sum(_shown_width(c) for c in shown[: col_start - left])
    carets = max(1, sum(_shown_width(c) for c in shown[col_start - left: col_end - left]))
    prefix = "…" if left > 0 else ""
    suffix = "…" if right < len(line_text) else ""
    return prefix + "".join(shown) + suffix, " " * (pad + len(prefix)) + "^" * carets


_CHARS = st.sampled_from(list("ab .,“”é") + ["中", "\u0301", "\u200b", "\t", "\r", "\x1b", "\x85", "ｱ", "\u3000"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_CHARS, max_size=260).map("".join), st.integers(0, 270), st.integers(0, 30))
def test_the_fast_path_matches_the_character_pass(text, start, length):
    assert underline(text, start, start + length) == _by_character(text, start, start + length)


def test_wide_characters_widen_the_carets():
    excerpt, marks = underline("他说 hello", 0, 2)
    assert excerpt == "他说 hello" and marks == "^^^^"
    assert underline("a\tb", 2, 3) == ("a b", "  ^")
