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


KEEP_PROBE = """
import re, sys
import tqcheck
from tqcheck import regex_cache
regex_cache.install()
if sys.argv[1] == "look":
    print(*(((p, 0) in regex_cache._state["stored"]) for p in sys.argv[2:]))
else:
    if sys.argv[1] == "keep":
        regex_cache.keep(sys.argv[2])
    re.compile(sys.argv[2])
"""


def test_a_kept_pattern_is_stored_though_few_were_new(tmp_path):
    env = dict(os.environ, TQCHECK_CACHE_DIR=str(tmp_path), PYTHONPATH=str(ROOT))

    def run(*args: str) -> str:
        return subprocess.run([sys.executable, "-c", KEEP_PROBE, *args], env=env, capture_output=True, text=True,
                              check=True).stdout.strip()

    subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True)
    # one new pattern each: fewer than MIN_NEW, so only the kept one is written
    run("plain", "plain-(?:a|b)+z")
    run("keep", "kept-(?:a|b)+z")
    assert run("look", "plain-(?:a|b)+z", "kept-(?:a|b)+z") == "False True"


def test_a_damaged_file_leaves_re_to_compile(tmp_path):
    env = dict(os.environ, TQCHECK_CACHE_DIR=str(tmp_path), PYTHONPATH=str(ROOT))
    subprocess.run([sys.executable, "-c", PROBE], env=env, check=True, capture_output=True)
    (path,) = tmp_path.glob("regex-*.marshal")
    path.write_bytes(b"\xff" * 100)
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "True"]


FULL = """
import tqcheck
tqcheck.check("In 2024-05 the the colour of Dr. Li's U.S. plan, he said.")
"""

LAZY = """
import re
import tqcheck
from tqcheck import regex_cache
stored = regex_cache.install()
pattern = re.compile(r"(?P<year>\\d{4})-(?P<month>\\d\\d)")
print(stored, len(re._cache), pattern.groupindex["month"], pattern.match("2024-05").group("year"))
"""


def test_stored_patterns_are_built_when_first_asked_for(tmp_path):
    env = dict(os.environ, TQCHECK_CACHE_DIR=str(tmp_path), PYTHONPATH=str(ROOT))
    subprocess.run([sys.executable, "-c", FULL], env=env, capture_output=True, text=True, check=True)
    subprocess.run([sys.executable, "-c", LAZY], env=env, capture_output=True, text=True, check=True)
    out = subprocess.run([sys.executable, "-c", LAZY], env=env, capture_output=True, text=True, check=True)
    stored, in_cache, month, year = out.stdout.split()
    # the patterns of a whole check are stored, and a process that only imports
    # tqcheck builds few of them...
    assert int(stored) > 150 and int(in_cache) < int(stored) // 2
    # ...while one it asks for is the pattern re compiles
    assert (month, year) == ("2", "2024")


SEEDED = """
import hashlib
from tqcheck.rule.kinds import _Lazy
from tqcheck.rules import all_rules

def lazies(root):  # the compiled-on-first-use patterns a rule's check function holds
    seen, todo = set(), [root]
    while todo:
        obj = todo.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        if type(obj) is _Lazy:
            yield obj
        elif callable(obj) or hasattr(obj, "__slots__") or hasattr(obj, "__dict__"):
            todo.extend(c.cell_contents for c in getattr(obj, "__closure__", None) or ())
            todo.extend(getattr(obj, k, None) for k in getattr(type(obj), "__slots__", ()))
            if type(obj).__module__.startswith("tqcheck"):
                todo.extend(vars(obj).values() if hasattr(obj, "__dict__") else ())
        elif isinstance(obj, (tuple, list)):
            todo.extend(obj)

patterns = sorted(str(lazy().pattern) for rule in all_rules() for lazy in lazies(rule.check))
print(len(patterns), hashlib.sha256("\\0".join(patterns).encode()).hexdigest())
"""


def test_rule_patterns_are_the_same_in_every_process(tmp_path):
    # a pattern built from a set in hash order differs from one process to the next, and
    # is then never found in the stored patterns
    digests = set()
    for seed in ("1", "2", "3"):
        env = dict(os.environ, TQCHECK_CACHE_DIR=str(tmp_path / seed), PYTHONPATH=str(ROOT), PYTHONHASHSEED=seed)
        out = subprocess.run([sys.executable, "-c", SEEDED], env=env, capture_output=True, text=True, check=True)
        count, digest = out.stdout.split()
        digests.add(digest)
    assert int(count) > 20 and len(digests) == 1
