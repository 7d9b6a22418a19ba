"""Compiled patterns kept between runs (``tqcheck.regex_cache``): a pattern
rebuilt from its stored form is the pattern ``re`` compiles."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import _sre

from tqcheck import regex_cache
from tqcheck.text.chars import LATIN_WORD_RE, WORD_RE

ROOT = Path(__file__).resolve().parent.parent

PATTERNS = [
    (WORD_RE.pattern, 0),
    (LATIN_WORD_RE.pattern, 0),
    (r"(?P<year>\d{4})-(?P<month>\d\d)|(?<![\w'’-])(?:U\.S\.|Dr\.)", 0),
    (r"\b(?:colou?r|behaviou?r)s?\b", re.IGNORECASE),
    (r"^\s*#.*$", re.MULTILINE | re.VERBOSE),
]


def test_stored_forms_rebuild_equal_patterns():
    for pattern, flags in PATTERNS:
        compiled = re.compile(pattern, flags)
        form = regex_cache._stored_form((str, pattern, int(flags)))
        assert form is not None, pattern
        pat, fl, final_flags, code, groups, groupindex, indexgroup = form
        rebuilt = _sre.compile(pat, final_flags, code, groups, groupindex, indexgroup)
        assert rebuilt == compiled
        assert rebuilt.groupindex == compiled.groupindex and rebuilt.flags == compiled.flags
        text = "In 2024-05 Dr. Li's U.S. colours: 中国 EU-China 3.5 # note"
        assert [m.span() for m in rebuilt.finditer(text)] == [m.span() for m in compiled.finditer(text)]


PROBE = """
import re, sys
import tqcheck
from tqcheck import regex_cache
from tqcheck.text.chars import WORD_RE
from re import _compiler
print(regex_cache.install(), WORD_RE == _compiler.compile(WORD_RE.pattern, 0))
"""


def test_a_second_process_loads_what_the_first_compiled(tmp_path):
    env = dict(os.environ, TQCHECK_CACHE_DIR=str(tmp_path), PYTHONPATH=str(ROOT))
    first = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True)
    assert first.stdout.split() == ["0", "True"]
    assert len(list(tmp_path.glob("regex-*.marshal"))) == 1
    second = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True)
    loaded, same = second.stdout.split()
    assert int(loaded) >= regex_cache.MIN_NEW and same == "True"


def test_a_damaged_file_leaves_re_to_compile(tmp_path):
    env = dict(os.environ, TQCHECK_CACHE_DIR=str(tmp_path), PYTHONPATH=str(ROOT))
    subprocess.run([sys.executable, "-c", PROBE], env=env, check=True, capture_output=True)
    (path,) = tmp_path.glob("regex-*.marshal")
    path.write_bytes(b"\xff" * 100)
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "True"]
