"""A progress bar on stderr, only for a person watching a terminal."""

from __future__ import annotations

import sys
from contextlib import nullcontext
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from .tables import TableFiles


class Progress:
    def __init__(self, total_files: int, *, enabled: bool, stream: TextIO | None = None):
        self.stream = stream or sys.stderr
        self.bar = None
        self.files_total = total_files
        self.files_done = 0
        if enabled:
            from tqdm import tqdm

            self.bar = tqdm(file=self.stream, unit=" seg", dynamic_ncols=True, leave=False, mininterval=0.2,
                            desc=self._desc())

    @staticmethod
    def wanted(quiet: bool, stream: TextIO | None = None) -> bool:
        stream = stream or sys.stderr
        return not quiet and hasattr(stream, "isatty") and stream.isatty()

    def _desc(self) -> str:
        return f"{self.files_done}/{self.files_total} files"

    def record(self) -> None:
        if self.bar is not None:
            self.bar.update(1)

    def file_done(self) -> None:
        self.files_done += 1
        if self.bar is not None:
            self.bar.set_description_str(self._desc())

    def clear_for(self, out: TextIO | TableFiles):
        """Context in which to write to ``out`` without tearing the bar."""
        if self.bar is not None and (out is self.stream or getattr(out, "isatty", lambda: False)()):
            return self.bar.external_write_mode(file=self.stream)
        return nullcontext()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None
