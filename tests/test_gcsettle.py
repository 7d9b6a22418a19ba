"""The process's tables leave the collector's walk after a check; the
document checked is not frozen with them."""

from __future__ import annotations

import gc

import tqcheck
from tqcheck import gcsettle
from tqcheck.text import Document


def test_a_check_freezes_the_tables_but_not_its_document(monkeypatch):
    made: list[str] = []
    freed: list[str] = []
    original = Document.__init__

    def remember(self, text, *args, **kwargs):
        original(self, text, *args, **kwargs)
        made.append(text)

    monkeypatch.setattr(Document, "__init__", remember)
    monkeypatch.setattr(Document, "__del__", lambda self: freed.append(self.text), raising=False)
    monkeypatch.setattr(gcsettle, "_pending", 1)
    monkeypatch.setattr(gcsettle, "_checks", 1)  # not the process's first check
    report = tqcheck.check("Between you and I, the the results was good. He have went home.")
    assert report.issues
    assert gc.get_freeze_count() > 0
    assert gcsettle._pending == 0
    gc.collect()
    # (documents left over from other tests may be freed by the same collection)
    assert made and set(made) <= set(freed)


def test_settle_only_after_a_load(monkeypatch):
    monkeypatch.setattr(gcsettle, "_pending", 0)
    monkeypatch.setattr(gcsettle, "_checks", 1)
    before = gc.get_freeze_count()
    junk = [[i] for i in range(100)]
    gcsettle.settle()
    assert gc.get_freeze_count() == before
    gcsettle.loaded()
    gcsettle.settle()
    assert gc.get_freeze_count() >= before + len(junk)


def test_a_process_that_checks_once_never_pays_for_a_full_collection(monkeypatch):
    monkeypatch.setattr(gcsettle, "_pending", 1)
    monkeypatch.setattr(gcsettle, "_checks", 0)
    collections: list[dict] = []

    def seen(phase, info):
        if phase == "start":
            collections.append(info)

    gc.callbacks.append(seen)  # the collector holds this very list: append, do not replace it
    try:
        gcsettle.settle()  # the end of a one-file ``tqcheck check``
        assert gcsettle._pending == 1
        assert not [c for c in collections if c["generation"] == 2]
        gcsettle.settle()  # a second check: now the tables are settled
        assert [c for c in collections if c["generation"] == 2] and gcsettle._pending == 0
    finally:
        gc.callbacks.remove(seen)


def test_a_checked_document_is_freed_without_the_collector(monkeypatch):
    # its tag layer, memos and sentences hold reference cycles; the check drops
    # them, so a request leaves nothing for the young-generation collections
    freed: list[str] = []
    monkeypatch.setattr(Document, "__del__", lambda self: freed.append(self.text), raising=False)
    text = "Between you and I, the the results was good. He have went home. “Yes,” she said."
    gc.disable()
    try:
        report = tqcheck.check(text)
        assert report.issues and text in freed
    finally:
        gc.enable()


def test_paused_holds_the_collector_off_and_the_outermost_caller_restores_it():
    assert gc.isenabled()
    with gcsettle.paused():
        assert not gc.isenabled()
        with gcsettle.paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner pause found it off and leaves it off
    assert gc.isenabled()


def test_a_check_leaves_the_collector_on():
    tqcheck.check("He go to school.")
    assert gc.isenabled()


def test_importing_the_package_holds_the_collector_off_until_its_first_run():
    """The package's imports make long-lived objects only: the collector's
    first run waits for them, then it keeps the pace it had."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    code = ("import gc; gc.set_threshold(700, 10, 10); import tqcheck; from tqcheck import gcsettle\n"
            "print(gc.get_threshold()[0] == gcsettle.STARTUP_ALLOCATIONS); gc.collect(0); print(gc.get_threshold())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env=dict(os.environ, PYTHONPATH=str(root))).stdout
    assert out.split("\n")[:2] == ["True", "(700, 10, 10)"]

def test_paused_restores_the_collector_when_the_work_inside_fails():
    import pytest

    assert gc.isenabled()
    with pytest.raises(ValueError):
        with gcsettle.paused():
            assert not gc.isenabled()
            raise ValueError("a rule bug")
    assert gc.isenabled()


def test_the_collector_first_runs_after_startup_then_at_its_usual_pace():
    saved, callbacks = gc.get_threshold(), list(gc.callbacks)
    try:
        gc.set_threshold(700, 10, 10)
        gcsettle.after_startup()
        assert gc.get_threshold() == (gcsettle.STARTUP_ALLOCATIONS, 10, 10)
        gc.collect(0)
        assert gc.get_threshold() == (700, 10, 10)
        gc.set_threshold(5, 10, 10)
        gc.collect(0)  # restored once only: a later setting stays
        assert gc.get_threshold() == (5, 10, 10)
    finally:
        gc.set_threshold(*saved)
        gc.callbacks[:] = callbacks
