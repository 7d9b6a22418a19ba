"""``--output PATH``: where the report goes, and how it gets there.

* A regular file, or a path that does not exist yet, is written atomically:
  the report goes into an unnamed temporary file in the target's folder
  (Linux ``O_TMPFILE``) that is given a name (``linkat``) and renamed over
  the old file only when the run finished, so a failure, Ctrl-C, SIGTERM or even ``kill -9`` never leaves
  a half-written report where a CI step would pick it up, leaves the old
  file intact, and leaves no temporary file behind. A symbolic link to a
  regular file keeps being a link: its target is replaced.
* Anything else -- a character device (``/dev/null``, a terminal), a FIFO,
  a socket -- is written through, never replaced by a regular file; and
  ``/dev/stdout``, ``/dev/fd/N``, ``/proc/self/fd/N`` write to this
  process's own descriptor N, as a shell would.

Where ``O_TMPFILE`` is not supported (other systems, some file systems, no
``/proc``), a named temporary file ``.NAME.tqcheck-PID-XXXX.tmp`` is used
instead, locked (``flock``) while its run lives; a run that was killed
cannot remove it, so the next run writing to the same folder removes every
such file whose lock is free.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import os
import re
import secrets
import stat
import tempfile

from ..errors import InputError

TEMP_TAG = ".tqcheck-"
_OWN_FD_DIR = re.compile(r"/proc/(?:self|thread-self|{pid})(?:/task/\d+)?/fd")


class AtomicOutput:
    def __init__(self, path: str):
        self.path = path
        self.target: str | None = None  # the regular file to replace, or None: written through
        self.tmp: str | None = None     # a named temporary file (the fallback), if one is used
        own = own_fd(path)
        if own is not None:
            try:
                self.file = self._through(os.dup(own))
            except OSError as exc:  # descriptor N is not open
                raise InputError(f"cannot write the output: {exc.strerror}", where=path) from None
            return
        try:
            st = os.stat(path)
        except FileNotFoundError:
            st = None
        except OSError as exc:
            raise InputError(f"cannot write the output: {exc.strerror}", where=path) from None
        if st is not None and stat.S_ISDIR(st.st_mode):
            raise InputError("cannot write the output: is a folder", where=path)
        if st is not None and not stat.S_ISREG(st.st_mode):
            try:  # a device, FIFO or socket: write into it, never replace it
                fd = os.open(path, os.O_WRONLY | os.O_NOCTTY | os.O_CLOEXEC)
            except OSError as exc:
                raise InputError(f"cannot write the output: {exc.strerror}", where=path) from None
            self.file = self._through(fd)
            return
        self.target = os.path.realpath(path)  # through symbolic links: replace the target, keep the link
        folder = os.path.dirname(self.target)
        if not os.path.isdir(folder):
            raise InputError("cannot write the output: no such folder", where=path)
        self.mode, self.owner = _mode_and_owner(self.target)
        remove_stale(folder, os.path.basename(self.target))
        unnamed = self._unnamed(folder)
        fd = unnamed if unnamed is not None else self._named(folder)
        self.file = os.fdopen(fd, "w", encoding="utf-8", newline="")

    @staticmethod
    def _through(fd: int):
        return os.fdopen(fd, "w", encoding="utf-8", newline="")

    def _unnamed(self, folder: str) -> int | None:
        """An O_TMPFILE in ``folder``, or None where that cannot work."""
        if not hasattr(os, "O_TMPFILE"):
            return None
        try:
            fd = os.open(folder, os.O_TMPFILE | os.O_WRONLY | os.O_CLOEXEC, 0o600)
        except OSError:
            return None  # EOPNOTSUPP, EISDIR (old kernels), ...: the named fallback says why if it fails too
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # guards the moment it has a temporary name, at commit
        if not self._can_link(folder):
            os.close(fd)
            return None
        return fd

    def _can_link(self, folder: str) -> bool:
        """Whether an unnamed file in ``folder`` can be given a name, tried on
        an empty one (a file linked once cannot be linked again after its
        name is removed, so not on the report's own). A run killed between
        the two steps leaves an empty locked file the next run removes."""
        try:
            fd = os.open(folder, os.O_TMPFILE | os.O_WRONLY | os.O_CLOEXEC, 0o600)
        except OSError:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            probe = self._temp_name(folder)
            try:
                flink(fd, probe)
            except OSError:
                return False
            os.unlink(probe)
            return True
        finally:
            os.close(fd)

    @property
    def _target(self) -> str:
        """``target`` where there is one: only a replaced regular file asks."""
        assert self.target is not None
        return self.target

    def _temp_name(self, folder: str) -> str:
        return os.path.join(folder, f"{_temp_prefix(os.path.basename(self._target))}{secrets.token_hex(4)}.tmp")

    def _named(self, folder: str) -> int:
        try:
            fd, self.tmp = tempfile.mkstemp(dir=folder, prefix=_temp_prefix(os.path.basename(self._target)),
                                            suffix=".tmp")
        except OSError as exc:
            raise InputError(f"cannot write the output: {exc.strerror}", where=self.path) from None
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # held while this run lives: see remove_stale
        return fd

    def commit(self) -> None:
        if self.target is None:
            self.file.close()
            return
        self.file.flush()
        fd = self.file.fileno()
        os.fsync(fd)
        os.fchmod(fd, self.mode)
        if self.owner is not None:
            try:
                os.fchown(fd, *self.owner)
            except OSError:
                pass  # not ours to give away: the file stays the writer's
        if self.tmp is None:
            self._link(fd)
        else:
            os.replace(self.tmp, self.target)
            self.tmp = None
        self.file.close()
        _sync_folder(os.path.dirname(self.target))

    def _link(self, fd: int) -> None:
        """Give the unnamed file its name: directly where nothing is there
        yet; otherwise under a temporary name renamed over the old file (a
        link cannot replace), so the old file is whole until that instant."""
        target = self._target
        try:
            flink(fd, target)
            return
        except FileExistsError:
            pass
        folder = os.path.dirname(target)
        while True:
            name = self._temp_name(folder)
            try:
                flink(fd, name)
                break
            except FileExistsError:
                continue
        try:
            os.replace(name, target)
        except BaseException:
            os.unlink(name)
            raise

    def discard(self) -> None:
        """Drop the report (interrupted, failed): the old file stays as it was.
        Written through, what was written stays written."""
        try:
            self.file.close()
        except OSError:
            pass
        finally:
            if self.tmp is not None:
                try:
                    os.unlink(self.tmp)
                except FileNotFoundError:
                    pass
                self.tmp = None


def flink(fd: int, dest: str) -> None:
    """Give the open file ``fd`` (an ``O_TMPFILE``) the name ``dest``:
    ``linkat(fd, "", ..., AT_EMPTY_PATH)``, else through ``/proc/self/fd``
    (one or the other is refused, depending on privileges, kernel and
    mounts). Raises the last ``OSError``."""
    error: OSError | None = None
    libc = _libc()
    if libc is not None:
        if libc.linkat(fd, b"", _AT_FDCWD, os.fsencode(dest), _AT_EMPTY_PATH) == 0:
            return
        code = ctypes.get_errno()
        error = OSError(code, os.strerror(code), dest)
        if code == errno.EEXIST:
            raise FileExistsError(code, os.strerror(code), dest)
    try:
        os.link(f"/proc/self/fd/{fd}", dest, follow_symlinks=True)
    except FileExistsError:
        raise
    except OSError as exc:
        raise exc if error is None else error from None


_AT_FDCWD, _AT_EMPTY_PATH = -100, 0x1000


def _libc():
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.linkat.argtypes = (ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_int)
        return libc
    except (OSError, AttributeError):
        return None


def own_fd(path: str) -> int | None:
    """N when ``path`` names this process's own descriptor N
    (``/dev/stdout``, ``/dev/fd/N``, ``/proc/self/fd/N``, or a link to one)."""
    own_dir = re.compile(_OWN_FD_DIR.pattern.format(pid=os.getpid()))
    p = os.path.abspath(path)
    for _ in range(40):  # the kernel's own limit on links followed
        folder, name = os.path.split(p)
        folder = os.path.realpath(folder)
        if own_dir.fullmatch(folder):
            return int(name) if name.isdigit() else None
        p = os.path.join(folder, name)
        try:
            target = os.readlink(p)
        except OSError:
            return None  # not a link (or nothing there)
        p = os.path.normpath(os.path.join(folder, target))
    return None


def _temp_prefix(base: str) -> str:
    return f".{base}{TEMP_TAG}{os.getpid()}-"


def remove_stale(folder: str, base: str) -> list[str]:
    """Remove the named temporary files a killed run left for ``base`` in
    ``folder``: those whose lock nobody holds. Returns their names."""
    pattern = re.compile(rf"\.{re.escape(base)}{re.escape(TEMP_TAG)}\d+-[A-Za-z0-9_]+\.tmp")
    removed: list[str] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        if not pattern.fullmatch(name):
            continue
        path = os.path.join(folder, name)
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
        except OSError:
            continue
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                continue
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN):
                    continue  # a live run is writing it
                raise
            os.unlink(path)
            removed.append(name)
        except OSError:
            continue
        finally:
            os.close(fd)
    return removed


def _mode_and_owner(path: str) -> tuple[int, tuple[int, int] | None]:
    """Keep an existing file's permissions and owner; a new one gets the
    usual permissions (temporary files are created owner-only)."""
    try:
        st = os.stat(path)
        return stat.S_IMODE(st.st_mode), (st.st_uid, st.st_gid)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask, None


def _sync_folder(folder: str) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
