"""The file-name convention that pairs a plain-text translation with its
source and references, so a folder of documents checks as bilingual:

    news.en.txt        the translation (target language, ``--lang``, default en)
    news.zh.txt        its source (source language, default zh), if present
    news.ref.en.txt    a reference translation; more as news.ref2.en.txt, ...

A source or reference file that has its translation beside it is read with
that translation and not checked on its own. A file with no language tag
(``article.txt``) is checked alone.
"""

from __future__ import annotations

import dataclasses
import glob
import os
import re
from typing import Iterable

from ..errors import InputError
from ..formats.records import Input, Problem

_NAME = re.compile(r"(?P<stem>.+?)(?:\.(?P<ref>ref\d*))?\.(?P<lang>[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?)(?P<ext>\.[^.]+)")


def base(code: str) -> str:
    return code.replace("_", "-").split("-")[0].lower()


def parse(filename: str) -> tuple[str, bool, str, str] | None:
    """(stem, is_reference, language tag, extension) of a tagged name."""
    m = _NAME.fullmatch(filename)
    if not m:
        return None
    return m["stem"], m["ref"] is not None, m["lang"], m["ext"]


def partners(path: str, source_lang: str, target_lang: str) -> tuple[str | None, tuple[str, ...]]:
    """The source and reference files beside a target file, if it is one."""
    folder, filename = os.path.split(path)
    parts = parse(filename)
    if not parts:
        return None, ()
    stem, is_ref, lang, ext = parts
    if is_ref or base(lang) != base(target_lang):
        return None, ()
    source = None
    for code in dict.fromkeys((source_lang, base(source_lang))):
        candidate = os.path.join(folder, f"{stem}.{code}{ext}")
        if os.path.isfile(candidate) and base(code) != base(lang):
            source = candidate
            break
    pattern = os.path.join(glob.escape(folder), f"{glob.escape(stem)}.ref*.{glob.escape(lang)}{glob.escape(ext)}")
    refs = tuple(sorted(r for r in glob.glob(pattern)
                        if (p := parse(os.path.basename(r))) and p[1] and os.path.isfile(r)))
    return source, refs


def pair(inputs: Iterable[Input | Problem], source_lang: str, target_lang: str) -> list[Input | Problem]:
    """Attach sources and references to plain-text targets; drop the files
    so attached from the list of things to check on their own."""
    inputs = list(inputs)
    attached: set[str] = set()
    out: list[Input | Problem] = []
    for inp in inputs:
        if isinstance(inp, Input) and inp.format == "text" and inp.path is not None and inp.source is None:
            source, refs = partners(inp.path, source_lang, target_lang)
            if source or refs:
                inp = dataclasses.replace(inp, source=source, references=refs)
                attached.update(os.path.normpath(p) for p in (source, *refs) if p)
        out.append(inp)
    return [
        inp for inp in out
        if not (isinstance(inp, Input) and inp.path is not None and inp.format == "text"
                and os.path.normpath(inp.path) in attached)
    ]


def explicit(inputs: list[Input | Problem], source: str | None, references: tuple[str, ...],
             paths: int = 1) -> list[Input | Problem]:
    """``--source FILE`` (for exactly one plain-text translation, named as
    one of ``paths`` command-line paths) and
    ``--reference FILE`` (for every plain-text translation) named on the
    command line; they win over the naming convention."""
    if source is None and not references:
        return inputs
    texts = [i for i in inputs if isinstance(i, Input)]
    if source is not None:
        if paths != 1 or len(inputs) != 1 or not texts:
            raise InputError("--source goes with exactly one translation to check", where="--source")
        if source == "-" and texts[0].path is None:
            raise InputError("the source and the translation cannot both come from standard input", where="--source")
    if references and "-" in references and any(i.path is None for i in texts):
        raise InputError("a reference and the translation cannot both come from standard input", where="--reference")
    for inp in texts:
        if inp.format != "text":
            flag = "--source" if source is not None else "--reference"
            raise InputError(f"goes with plain-text translations; {inp.name} is {inp.format}, which carries its "
                             "own sources and references", where=flag)
    return [
        dataclasses.replace(i, source=source if source is not None else i.source,
                            references=tuple(references) or i.references, pairs_named=True)
        if isinstance(i, Input) else i
        for i in inputs
    ]
