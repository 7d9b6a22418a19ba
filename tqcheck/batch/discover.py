"""From command-line paths to the inputs to read: files, ``-``, and folders
walked recursively in a stable (sorted) order.

Inside folders only files matching ``--include`` (default: every known
extension) and none of ``--exclude`` (plus hidden files and folders) are
taken; a pattern with a ``/`` matches the path below the folder, one
without matches the file name. Files named explicitly are always taken.
"""

from __future__ import annotations

import fnmatch
import os
from typing import Iterable, Sequence

from ..formats import EXTENSIONS, format_for
from ..formats.files import STDIN_NAME
from ..formats.records import Input, Problem
from .pairing import pair

STDIN = "-"
DEFAULT_INCLUDE = tuple(f"*{ext}" for ext in EXTENSIONS)


def matches(relpath: str, patterns: Sequence[str]) -> bool:
    name = relpath.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatchcase(relpath if "/" in p else name, p) for p in patterns)


def walk(folder: str, include: Sequence[str], exclude: Sequence[str]) -> list[str]:
    found = []
    for root, dirs, files in os.walk(folder, onerror=None):
        rel_root = os.path.relpath(root, folder).replace(os.sep, "/")
        rel = "" if rel_root == "." else rel_root + "/"
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not matches(rel + d, exclude))
        for f in sorted(files):
            if f.startswith(".") or not matches(rel + f, include) or matches(rel + f, exclude):
                continue
            found.append(os.path.join(root, f))
    return found


def discover(
    paths: Iterable[str],
    *,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    input_format: str | None = None,
    source_lang: str = "zh",
    target_lang: str = "en",
) -> list[Input | Problem]:
    include = tuple(include) or DEFAULT_INCLUDE
    out: list[Input | Problem] = []
    seen: set[str] = set()

    def add(path: str) -> None:
        key = os.path.normpath(os.path.abspath(path))
        if key in seen:
            return
        seen.add(key)
        out.append(Input(path, path, input_format or format_for(path) or "text"))

    for path in paths:
        if path == STDIN:
            out.append(Input(STDIN_NAME, None, input_format or "text"))
        elif os.path.isdir(path):
            before = len(out)
            for f in walk(path, include, exclude):
                add(f)
            if len(out) == before:
                out.append(Problem(path, "no files to check in this folder (see --include/--exclude)"))
        elif os.path.exists(path):
            add(path)
        else:
            out.append(Problem(path, "no such file or directory"))
    return pair(out, source_lang, target_lang)
