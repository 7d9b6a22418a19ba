"""Where compiled data is kept between runs: word lists, tables, lexicons.

The user's cache folder (``$XDG_CACHE_HOME/tqcheck`` or ``~/.cache/tqcheck``;
``TQCHECK_CACHE_DIR`` overrides both). A file's name carries a key made of
what it was built from, so a change to any of them builds a new file (the
newest other version stays a week, see ``write``); nothing is downloaded. ``stored`` is the whole
protocol: read the file if it is there, else build the value, write it and
return it. Writes are atomic (a temporary file, then ``os.replace``), so two
processes building at once each write a whole file and readers never see
half of one. When the folder cannot be written, the value is built in
memory each run instead (slower start, same answers).

Keys are cheap to compute, because a command-line run computes them at
every start: ``source_key(__file__)`` (the bytes of the module that builds
the value) and ``file_key(path)`` (a data file's path, size and
modification time, which a new version of the package that ships it
changes), beside tqcheck's own version.
"""

from __future__ import annotations

import marshal
import mmap
import os
import zlib
from pathlib import Path
from typing import Any, Callable, TypeVar

from ._version import __version__

T = TypeVar("T")


def folder() -> Path:
    env = os.environ.get("TQCHECK_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "tqcheck"


def version(package: str) -> str:
    """An installed package's version ("none" if absent). Reads package
    metadata (a few milliseconds): prefer ``file_key`` at start-up."""
    from importlib import metadata

    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "none"


def key(*parts: str) -> str:
    import hashlib

    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:16]


def _digest(data: bytes) -> str:
    # two 32-bit checksums: enough to tell versions of a file apart, and
    # zlib is loaded already where hashlib's OpenSSL is not
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}"


def source_key(path: str | os.PathLike[str]) -> str:
    """The digest of a source file's bytes: a change to the code that builds
    a cached value builds it again (a checkout keeps its version number
    while its code changes)."""
    try:
        return _digest(Path(path).read_bytes())
    except OSError:
        return "none"


def file_key(path: str | os.PathLike[str]) -> str:
    """A data file's identity: path, size and modification time."""
    try:
        st = os.stat(path)
    except OSError:
        return f"{path}:none"
    return f"{path}:{st.st_size}:{st.st_mtime_ns}"


def package_file(package: str, *parts: str) -> Path | None:
    """A data file inside an installed package, found without importing the
    package (importing ``lemminflect`` takes 0.1 s): None if not installed."""
    from importlib.util import find_spec

    try:
        spec = find_spec(package)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)), *parts)


def read(name: str) -> bytes | None:
    try:
        return (folder() / name).read_bytes()
    except OSError:
        return None


#: how long the newest other version of a file is kept beside the one written
KEEP_OTHER_SECONDS = 7 * 24 * 3600


def write(name: str, data: bytes, stale: str | None = None) -> None:
    """Atomically, so that two workers compiling at once never leave half a
    file. Of the other files matching the glob ``stale`` (other versions),
    only the newest is kept, and only for a week: two tqcheck versions used
    in turn on one account (a checkout beside an installed copy) would
    otherwise rebuild each other's tables at every switch, while a third
    version, or a week unused, removes it."""
    import tempfile
    import time

    try:
        d = folder()
        d.mkdir(parents=True, exist_ok=True)
        if stale:
            _drop_stale(d, stale, name, time.time())
        fd, tmp = tempfile.mkstemp(dir=d, prefix=name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, d / name)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass


def _drop_stale(d: Path, pattern: str, name: str, now: float) -> None:
    others = []
    for old in d.glob(pattern):
        if old.name == name or old.name.endswith(".tmp"):
            continue
        try:
            others.append((old.stat().st_mtime, old))
        except OSError:
            continue
    others.sort(reverse=True)
    for i, (mtime, old) in enumerate(others):
        if i > 0 or now - mtime > KEEP_OTHER_SECONDS:
            old.unlink(missing_ok=True)


def stored(stem: str, parts: tuple[str, ...], build: Callable[[], T]) -> T:
    """The value ``build()`` returns, kept as ``stem-KEY.marshal`` (KEY from
    ``parts`` and tqcheck's version). ``build`` must return what ``marshal``
    can write (dicts, tuples, lists, strings, numbers, frozensets)."""
    joined = "\0".join((__version__, *parts))
    name = f"{stem}-{_digest(joined.encode())}.marshal"
    raw = read(name)
    if raw is not None:
        try:
            value: Any = marshal.loads(raw)
            return value
        except (EOFError, ValueError, TypeError):  # a damaged file: build it again
            pass
    value = build()
    try:
        data = marshal.dumps(value)
    except ValueError:  # not marshallable: a bug in the caller, but not the user's problem
        return value
    write(name, data, stale=f"{stem}-*.marshal")
    return value


def mapped(stem: str, parts: tuple[str, ...], build: Callable[[], bytes],
           valid: Callable[[bytes | mmap.mmap], bool] = lambda buf: True) -> bytes | mmap.mmap:
    """The bytes ``build()`` returns, kept as ``stem-KEY.bin`` (KEY as for
    ``stored``) and mapped into memory rather than read: a table a run
    consults in a few hundred places costs the pages it touches, not a copy
    of the whole file. A file replaced by another process stays mapped
    whole (``os.replace`` leaves the old one in place until it is unmapped);
    a file that ``valid`` refuses (damaged) is built again; without a cache
    folder, the built bytes themselves."""
    buf = built(stem, parts, valid)
    if buf is not None:
        return buf
    data = build()
    write(_bin_name(stem, parts), data, stale=f"{stem}-*.bin")
    return data


def _bin_name(stem: str, parts: tuple[str, ...]) -> str:
    joined = "\0".join((__version__, *parts))
    return f"{stem}-{_digest(joined.encode())}.bin"


def built(stem: str, parts: tuple[str, ...],
          valid: Callable[[bytes | mmap.mmap], bool] = lambda buf: True) -> mmap.mmap | None:
    """What ``mapped`` would map, if a run has built it already; else None
    (nothing is built): for a table worth its build only to a run that will
    use it much."""
    try:
        with open(folder() / _bin_name(stem, parts), "rb") as f:
            if os.fstat(f.fileno()).st_size:
                buf = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
                if valid(buf):
                    return buf
    except (OSError, ValueError):
        pass
    return None


class Kept(dict[Any, Any]):
    """``fn``'s answers by argument, kept per process like
    ``lexicon.once.Memo`` (``kept[key]``, or the bound ``__getitem__``,
    answers a key asked before with one dict lookup) and between runs in
    ``stem-KEY.marshal``, for answers that cost microseconds each but that
    every run asks by the thousand (Hunspell's verdicts on a text's words:
    0.12 s of a first check of 1 MB).

    The file is read at the first miss, not at import, and ``parts`` (a
    function, so that finding the data files costs nothing until then) is
    called then; ``parts`` returning None keeps answers per process only.
    At exit a process that computed at least ``min_new`` answers merges them
    into the file as it is then (another worker may have written it
    meanwhile: each write is whole and atomic, and the last one keeps what
    both knew but the other's answers of that run), newest last, and keeps
    the newest ``keep`` entries: reading the file costs about 0.2 µs an
    entry, paid by every run, so it stays small. In process, at ``size``
    entries the table starts afresh."""

    __slots__ = ("fn", "stem", "parts", "size", "keep", "min_new", "new", "_name", "_pid")

    def __init__(self, fn: Callable[[Any], Any], stem: str, parts: Callable[[], tuple[str, ...] | None], *,
                 size: int, keep: int, min_new: int) -> None:
        super().__init__()
        self.fn, self.stem, self.parts = fn, stem, parts
        self.size, self.keep, self.min_new = size, keep, min_new
        self.new: dict[Any, Any] = {}
        self._name: str | None = ""  # "": not read yet; None: not kept between runs
        self._pid = 0  # the process whose exit saves

    def __missing__(self, key: Any) -> Any:
        if self._name == "":
            self._load()
            value = dict.get(self, key, _ABSENT)
            if value is not _ABSENT:
                return value
        if len(self) >= self.size:
            self.clear()
        value = self[key] = self.fn(key)
        if self._name and len(self.new) < self.keep:
            self.new[key] = value
            if self._pid != os.getpid():
                self._register()
        return value

    def _load(self) -> None:
        parts = self.parts()
        if parts is None:
            self._name = None
            return
        joined = "\0".join((__version__, *parts))
        self._name = f"{self.stem}-{_digest(joined.encode())}.marshal"
        stored = self._stored()
        if stored:
            # answers computed meanwhile by another thread stay: they are the same
            stored.update(self)
            self.update(stored)
        self._register()

    def _register(self) -> None:
        """Save at exit, in this process: a pool's worker forked from a fork
        server that loaded the file (its warm-up check) registers again,
        since its finalizers were cleared; and a worker leaves through
        ``os._exit`` after its finalizers, without the exit handlers."""
        import atexit
        import sys

        self._pid = os.getpid()
        atexit.register(self.save)
        mp = sys.modules.get("multiprocessing.process")
        if mp is not None and mp.parent_process() is not None:
            from multiprocessing import util

            util.Finalize(None, self.save, exitpriority=0)

    def _stored(self) -> dict[Any, Any]:
        raw = read(self._name) if self._name else None
        if raw is not None:
            try:
                loaded = marshal.loads(raw)
                if isinstance(loaded, dict):
                    return loaded
            except (EOFError, ValueError, TypeError):  # a damaged file: written afresh at exit
                pass
        return {}

    def save(self) -> None:
        if not self._name or len(self.new) < self.min_new:
            return
        try:
            import fcntl
        except ImportError:  # not POSIX: a merge may lose a concurrent writer's answers, never a whole file
            self._merge()
            return
        try:
            folder().mkdir(parents=True, exist_ok=True)
            lock = os.open(folder() / f"{self.stem}.lock", os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            return
        try:
            # workers ending together take turns, each merging into what the last one wrote
            fcntl.flock(lock, fcntl.LOCK_EX)
            self._merge()
        finally:
            os.close(lock)

    def _merge(self) -> None:
        name = self._name
        if not name:
            return
        merged = self._stored()
        for k in self.new:  # moved to the end: the newest are kept
            merged.pop(k, None)
        merged.update(self.new)
        self.new = {}
        if len(merged) > self.keep:
            merged = dict(list(merged.items())[-self.keep:])
        try:
            data = marshal.dumps(merged)
        except ValueError:
            return
        write(name, data, stale=f"{self.stem}-*.marshal")


_ABSENT = object()
