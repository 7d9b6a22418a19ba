"""``--output PATH`` written atomically: into a temporary file beside it,
renamed over PATH only when the run finished, so a failure or Ctrl-C never
leaves a half-written report where a CI step would pick it up."""

from __future__ import annotations

import os
import stat
import tempfile

from ..errors import InputError


class AtomicOutput:
    def __init__(self, path: str):
        self.path = path
        folder = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(folder):
            raise InputError("cannot write the output: no such folder", where=path)
        if os.path.isdir(path):
            raise InputError("cannot write the output: is a folder", where=path)
        try:
            fd, self.tmp = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(path)}.", suffix=".tmp")
        except OSError as exc:
            raise InputError(f"cannot write the output: {exc.strerror}", where=path) from None
        self.file = os.fdopen(fd, "w", encoding="utf-8", newline="")

    def commit(self) -> None:
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()
        os.chmod(self.tmp, _mode(self.path))
        os.replace(self.tmp, self.path)

    def discard(self) -> None:
        try:
            self.file.close()
        finally:
            try:
                os.unlink(self.tmp)
            except FileNotFoundError:
                pass


def _mode(path: str) -> int:
    """Keep an existing file's permissions; a new one gets the usual ones
    (mkstemp's are owner-only)."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
