"""Where compiled language data is kept between runs.

The user's cache folder (``$XDG_CACHE_HOME/tqcheck`` or ``~/.cache/tqcheck``;
``TQCHECK_CACHE_DIR`` overrides both). A file's name carries a key made
of the versions of the packages it was compiled from and of the format,
so a new package version compiles a new file; nothing is downloaded.
When the folder cannot be written, the data is compiled in memory each
run instead (slower start, same answers).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from importlib import metadata
from pathlib import Path


def folder() -> Path:
    env = os.environ.get("TQCHECK_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "tqcheck"


def version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "none"


def key(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:16]


def read(name: str) -> bytes | None:
    try:
        return (folder() / name).read_bytes()
    except OSError:
        return None


def write(name: str, data: bytes, stale: str | None = None) -> None:
    """Atomically, so that two workers compiling at once never leave half a
    file; files matching the glob ``stale`` (older versions) are removed."""
    try:
        d = folder()
        d.mkdir(parents=True, exist_ok=True)
        if stale:
            for old in d.glob(stale):
                if old.name != name:
                    old.unlink(missing_ok=True)
        fd, tmp = tempfile.mkstemp(dir=d, prefix=name, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, d / name)
    except OSError:
        pass
