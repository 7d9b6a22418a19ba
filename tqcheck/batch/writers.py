"""Output formats as streaming writers: each gets the file boundaries and
every result (in its JSON Lines dict form) in input order, then the summary.

``text``, ``json`` and ``html`` live here because they shape a whole run
(errors to stderr, one report per file); jsonl, sarif and csv are in
``tqcheck.render``.
"""

from __future__ import annotations

import json
from typing import Any, Callable, TextIO

import importlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Iterator

from ..render import summary as summary_render
from ..render import text as text_render
from .results import CHECKED, ERROR

if TYPE_CHECKING:
    from .aggregate import FileReport

FORMATS = ("text", "json", "jsonl", "sarif", "html", "csv", "parquet")
#: formats written as binary files named after -o (not a text stream)
TABLE_FORMATS = frozenset({"parquet"})
#: formats that show the checked text, so workers send it back
NEEDS_TEXT = frozenset({"text", "html"})


def where(record: dict[str, Any]) -> str:
    out = record["file"] if record["line"] is None else f"{record['file']}:{record['line']}"
    seg = record["segment"]
    return out if seg is None else f"{out} [{text_render.short_id(seg)}]"


class TextWriter:
    """Compiler-style lines per issue; errors go to stderr as they happen."""

    def __init__(self, out: TextIO, info: dict[str, Any]):
        self.out = out
        self.notice: Callable[[str], None] = info["notice"]
        self.quiet = info.get("quiet", False)
        self.documents = 0

    def file_start(self, name: str, fmt: str) -> None:
        pass

    def result(self, record: dict[str, Any]) -> None:
        if record["type"] == ERROR:
            self.notice(f"tqcheck: error: {where(record)}: {record['error']}")
        elif record["type"] == CHECKED:
            report = record["report"]
            if record["segment"] is None:
                if self.documents:
                    self.out.write("\n")
                self.documents += 1
                self.out.write(text_render.render_one(report, record["file"]))
            else:
                self.out.write(text_render.render_segment(report, record["file"], record["line"], record["segment"]))

    def file_end(self, name: str, fmt: str) -> None:
        pass

    def finish(self, summary: dict[str, Any]) -> None:
        one_document = summary["records"] == 1 and summary["checked"] == 1 and self.documents == 1
        if not self.quiet and not one_document and summary["records"]:
            self.out.write(("\n" if summary["checked"] else "") + summary_render.render(summary))


class JsonWriter:
    """One report per input file: an object for one file, an array for several."""

    def __init__(self, out: TextIO, info: dict[str, Any]):
        self.out, self.info = out, info
        self.current: FileReport | None = None
        self.held: dict[str, Any] | None = None
        self.written = 0
        self.notice: Callable[[str], None] = info["notice"]

    def file_start(self, name: str, fmt: str) -> None:
        from .aggregate import FileReport

        self.current = FileReport(name, fmt, self.info)

    def result(self, record: dict[str, Any]) -> None:
        if record["type"] == ERROR and record["segment"] is None and record["line"] is None:
            self.notice(f"tqcheck: error: {where(record)}: {record['error']}")
        if self.current is not None:
            self.current.add(record)

    def file_end(self, name: str, fmt: str) -> None:
        report = self.current.to_dict() if self.current else None
        self.current = None
        if report is None:
            return
        if self.held is None and not self.written:
            self.held = report  # one file prints as an object, so wait for a second
            return
        if self.held is not None:
            self.out.write("[\n" + _dump(self.held))
            self.held = None
        self.out.write(",\n" + _dump(report))
        self.written += 1

    def finish(self, summary: dict[str, Any]) -> None:
        if self.current is not None:  # interrupted inside a file: keep what was checked
            self.file_end(self.current.name, self.current.format)
        if self.held is not None:
            self.out.write(_dump(self.held) + "\n")
        elif self.written:
            self.out.write("\n]\n")
        else:
            self.out.write("[]\n")


class HtmlWriter:
    """A standalone page with one report per input file, through the web
    form's template (``tqcheck.render.html``): documents with their text
    highlighted, bilingual files as their gathered report (issues listed
    with segment ids). The page is written at the end; errors go to stderr
    as they happen, since the page has no place for them."""

    def __init__(self, out: TextIO, info: dict[str, Any]):
        self.out, self.info = out, info
        self.notice: Callable[[str], None] = info["notice"]
        self.current: FileReport | None = None
        self.reports: list[dict[str, Any]] = []

    def file_start(self, name: str, fmt: str) -> None:
        from .aggregate import FileReport

        self.current = FileReport(name, fmt, self.info)

    def result(self, record: dict[str, Any]) -> None:
        if record["type"] == ERROR:
            self.notice(f"tqcheck: error: {where(record)}: {record['error']}")
        if self.current is not None:
            self.current.add(record)

    def file_end(self, name: str, fmt: str) -> None:
        report = self.current.to_dict() if self.current else None
        self.current = None
        if report is not None:
            self.reports.append(report)

    def finish(self, summary: dict[str, Any]) -> None:
        if self.current is not None:
            self.file_end(self.current.name, self.current.format)
        names = [r.get("input", {}).get("name") for r in self.reports]
        from ..render import html as html_render  # Jinja: only for this format

        self.out.write(html_render.render(self.reports, names, title="tqcheck report"))


def _dump(report: dict[str, Any]) -> str:
    return json.dumps(report, ensure_ascii=False, indent=2)


class _Writers(Mapping):
    """Format -> writer class, each imported when its format is asked for
    (a run writes one format; the others' modules stay unloaded)."""

    _WHERE = {
        "text": (__name__, "TextWriter"),
        "json": (__name__, "JsonWriter"),
        "jsonl": ("tqcheck.render.jsonl", "Writer"),
        "sarif": ("tqcheck.render.sarif", "Writer"),
        "html": (__name__, "HtmlWriter"),
        "csv": ("tqcheck.render.csv", "Writer"),
        "parquet": ("tqcheck.batch.tables", "ParquetWriter"),
    }

    def __getitem__(self, fmt: str) -> Any:
        module, name = self._WHERE[fmt]
        return getattr(importlib.import_module(module), name)

    def __iter__(self) -> Iterator[str]:
        return iter(self._WHERE)

    def __len__(self) -> int:
        return len(self._WHERE)


WRITERS = _Writers()
