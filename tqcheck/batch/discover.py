"""From command-line paths to the inputs to read: files, ``-``, and folders
walked recursively in a stable (sorted) order.

Inside folders only files matching ``--include`` (default: every known
extension) and none of ``--exclude`` (plus hidden files and folders) are
taken; a pattern with a ``/`` matches the path below the folder, one
without matches the file name. Files named explicitly are always taken.

Nothing is lost silently: a folder that cannot be read, and a matching
name that is not a regular file (a FIFO, a device, a socket, a broken
link), each become a problem that names it, so the run reports it as an
error record. Such files are never opened (a FIFO would hang the run).
Links to folders are not followed (a link to ``/`` would walk the whole
system), as ``find`` and ``git`` do not follow them.
"""

from __future__ import annotations

import errno
import fnmatch
import os
import stat
from typing import Iterable, Sequence

from ..formats import EXTENSIONS, format_for
from ..formats.files import STDIN_NAME, kind
from ..formats.records import Input, Problem
from .pairing import pair

STDIN = "-"
DEFAULT_INCLUDE = tuple(f"*{ext}" for ext in EXTENSIONS)


def matches(relpath: str, patterns: Sequence[str]) -> bool:
    name = relpath.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatchcase(relpath if "/" in p else name, p) for p in patterns)


def walk(folder: str, include: Sequence[str], exclude: Sequence[str]) -> list[str | Problem]:
    """The files to check below ``folder``, in order, and a problem for each
    folder that cannot be read and each matching name that is not a
    regular file."""
    found: list[str | Problem] = []

    def unreadable(exc: OSError) -> None:
        where = exc.filename or folder
        found.append(Problem(where, f"cannot read this folder: {exc.strerror}"))

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        rel_root = os.path.relpath(root, folder).replace(os.sep, "/")
        rel = "" if rel_root == "." else rel_root + "/"
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not matches(rel + d, exclude))
        for f in sorted(files):
            if f.startswith(".") or not matches(rel + f, include) or matches(rel + f, exclude):
                continue
            path = os.path.join(root, f)
            try:
                mode = os.stat(path).st_mode  # never opened here: a FIFO would block
            except OSError as exc:
                why = "a broken symbolic link" if exc.errno == errno.ENOENT and os.path.islink(path) \
                    else f"cannot read: {exc.strerror}"
                found.append(Problem(path, why))
                continue
            if not stat.S_ISREG(mode):
                found.append(Problem(path, f"not a regular file but {kind(mode)}; "
                                           "name it on the command line to read it"))
                continue
            found.append(path)
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

    def add(path: str, named: bool = True) -> None:
        key = os.path.normpath(os.path.abspath(path))
        if key in seen:
            return
        seen.add(key)
        out.append(Input(path, path, input_format or format_for(path) or "text", named=named))

    for path in paths:
        if path == STDIN:
            out.append(Input(STDIN_NAME, None, input_format or "text"))
        elif os.path.isdir(path):
            before = len(out)
            for f in walk(path, include, exclude):
                if isinstance(f, Problem):
                    out.append(f)
                else:
                    add(f, named=False)
            if len(out) == before:
                out.append(Problem(path, "no files to check in this folder (see --include/--exclude)"))
        elif os.path.exists(path):
            add(path)
        else:
            out.append(Problem(path, "no such file or directory"))
    return pair(out, source_lang, target_lang)
