"""Peak resident memory of a process and its descendants (Linux /proc), for
tests that check memory stays flat; worker processes are children of the
fork server, so the parent's rusage does not see them."""

from __future__ import annotations

import os
import threading


def _children_map() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        kids.setdefault(ppid, []).append(int(entry))
    return kids


def tree(pid: int) -> list[int]:
    kids, out, todo = _children_map(), [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(kids.get(p, []))
    return out


def peak_kb(pid: int) -> int | None:
    """The process's own high-water mark (VmHWM), in KiB."""
    return status_kb(pid, "VmHWM")


def status_kb(pid: int, field: str) -> int | None:
    """A memory line of the process's /proc status (VmHWM, VmRSS), in KiB."""
    try:
        with open(f"/proc/{pid}/status", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


class PeakSampler:
    """Polls the tree under ``pid`` until stopped; ``peaks`` maps pid -> KiB."""

    def __init__(self, pid: int, every: float = 0.25):
        self.pid, self.every = pid, every
        self.peaks: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> "PeakSampler":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            for p in tree(self.pid):
                kb = peak_kb(p)
                if kb is not None:
                    self.peaks[p] = max(kb, self.peaks.get(p, 0))
            self._stop.wait(self.every)
