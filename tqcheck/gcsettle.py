"""Keep the per-process tables out of the cyclic garbage collector's walk.

After imports and the first-use loads (the tag lexicon, the dictionaries,
langdetect's profiles) a process holds tens of thousands of containers the
collector can never free: compiled rules, frozensets of words, lists of
offsets. Every full collection walked all of them again (about 25 ms, two
or three times per megabyte checked). ``settle()`` moves whatever is alive
into the permanent generation (``gc.freeze``) once a check is over, after a
collection so no garbage cycle is frozen with them; ``loaded()`` marks that
a loader added tables since, so the next check settles again.

Settling happens between checks, never inside one, so the document being
checked (which holds reference cycles) is not frozen with the tables.
Frozen objects are still freed by reference counting when dropped.

``paused()`` holds the collector off while a check, or the alignment and
the views the accuracy rules share, is built: they make a few small objects
per word (a hundred thousand and more per MB), free none until the end, and
make almost no reference cycles (a paused 1 MB sourced check leaves 6
unreachable objects), so every collection on the way walked them again for
nothing (about a sixth of a sourced check's CPU at 1 MB). Reference
counting frees garbage all along; what is made while paused is collected as
usual afterwards.
"""

from __future__ import annotations

import gc

#: objects (dicts, lists, functions, classes...) a process makes before the
#: cyclic garbage collector first runs: more than a check of one short file
#: makes in all (about 50,000)
STARTUP_ALLOCATIONS = 100_000

#: loads since the last settle; the imports count as one
_pending = 1
#: checks finished in this process
_checks = 0


def after_startup() -> None:
    """Let the collector first run after ``STARTUP_ALLOCATIONS`` objects, then
    as usual. Start-up (imports, rules, word tables) makes objects that live
    until exit and no garbage worth collecting, and at the usual pace (every
    700) the collector walked them 70 times: 0.02 s of a 0.25 s check of one
    small file. A longer run pays one larger collection instead, then runs at
    the usual pace. Asked by the package's first import (the imports of
    ``tqcheck`` alone made the collector run 27 times, 3 ms) and by the
    command line's entry point; a second call changes nothing."""
    threshold = gc.get_threshold()
    if not gc.isenabled() or threshold[0] >= STARTUP_ALLOCATIONS:
        return
    gc.set_threshold(STARTUP_ALLOCATIONS, *threshold[1:])
    restored: list[bool] = []

    def restore(phase: str, info: dict) -> None:
        if phase == "stop" and not restored:
            restored.append(True)
            gc.set_threshold(*threshold)

    gc.callbacks.append(restore)


def loaded() -> None:
    """A process-wide table was just built: settle after the current check."""
    global _pending
    _pending += 1


def settle() -> None:
    """Freeze what the process holds, if a load happened since last time.

    Not after a process's first check: a one-file ``tqcheck check`` ends
    there, and the full collection would cost it a tenth of its start-up;
    a process that checks again settles after its second check."""
    global _checks
    _checks += 1
    if _pending and _checks > 1 and gc.isenabled():
        freeze()


def due() -> bool:
    """Whether the next ``settle()`` may freeze (it does when the collector
    is on then): what is still alive then is frozen with the tables, so a
    caller keeping something across checks (a source document,
    ``api.Checker``) lets it go instead. Asked inside ``paused()`` too."""
    return bool(_pending) and _checks >= 1


def freeze() -> None:
    """Collect, then move everything still alive out of the collector's walk
    (so no garbage cycle is frozen); what a process builds later settles as
    usual."""
    global _pending
    _pending = 0
    gc.collect()
    gc.freeze()


class _Paused:
    """``paused()``'s context manager: a class, where a ``contextmanager``
    generator cost 2-3 microseconds more per use, and a sourced segment's
    check pauses five times."""

    __slots__ = ("enabled",)

    def __enter__(self) -> None:
        self.enabled = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc: object) -> None:
        if self.enabled:
            gc.enable()


def paused() -> _Paused:
    """No cyclic collection inside; nested or concurrent use leaves the
    collector as the outermost caller found it."""
    return _Paused()
