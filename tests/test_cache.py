"""The user cache of built data (``tqcheck.cache``): built once, read after,
rebuilt when what it is built from changes, and never in the way."""

from __future__ import annotations

import os
import time

import pytest

from tqcheck import cache


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(tmp_path))
    return tmp_path


def test_built_once_then_read(folder):
    calls = []

    def build():
        calls.append(1)
        return {"word": 3, "other": (1, 2)}

    assert cache.stored("demo", ("a",), build) == {"word": 3, "other": (1, 2)}
    assert cache.stored("demo", ("a",), build) == {"word": 3, "other": (1, 2)}
    assert len(calls) == 1
    assert len(list(folder.glob("demo-*.marshal"))) == 1


def test_a_change_of_source_builds_again_and_keeps_one_other_version(folder):
    def files():
        return set(folder.glob("demo-*.marshal"))

    cache.stored("demo", ("v1",), lambda: 1)
    (v1,) = files()
    assert cache.stored("demo", ("v2",), lambda: 2) == 2
    (v2,) = files() - {v1}
    # two versions used in turn each keep their file: neither rebuilds at a switch
    assert cache.stored("demo", ("v1",), lambda: pytest.fail("v1 was rebuilt")) == 1
    assert cache.stored("demo", ("v2",), lambda: pytest.fail("v2 was rebuilt")) == 2
    # a third version keeps only the newest other one
    os.utime(v1, (1_000, 1_000))
    assert cache.stored("demo", ("v3",), lambda: 3) == 3
    assert v2 in files() and v1 not in files() and len(files()) == 2


def test_another_version_unused_for_a_week_is_removed(folder):
    cache.stored("demo", ("v1",), lambda: 1)
    (v1,) = folder.glob("demo-*.marshal")
    week_ago = time.time() - cache.KEEP_OTHER_SECONDS - 60
    os.utime(v1, (week_ago, week_ago))
    cache.stored("demo", ("v2",), lambda: 2)
    assert v1 not in set(folder.glob("demo-*.marshal"))
    assert len(list(folder.glob("demo-*.marshal"))) == 1


def test_a_damaged_file_is_built_again(folder):
    cache.stored("demo", ("a",), lambda: [1, 2, 3])
    (path,) = folder.glob("demo-*.marshal")
    path.write_bytes(b"\x00garbage")
    assert cache.stored("demo", ("a",), lambda: [1, 2, 3]) == [1, 2, 3]


def test_an_unwritable_folder_builds_in_memory(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(blocker / "sub"))
    assert cache.stored("demo", ("a",), lambda: "value") == "value"


def test_keys_follow_the_source_and_data_files(tmp_path):
    f = tmp_path / "data.txt"
    f.write_text("one")
    k1, s1 = cache.file_key(f), cache.source_key(f)
    f.write_text("one two")
    assert cache.file_key(f) != k1 and cache.source_key(f) != s1
    assert cache.file_key(tmp_path / "missing").endswith(":none")


def test_package_files_are_found_without_importing_the_package():
    path = cache.package_file("tqcheck", "cache.py")
    assert path is not None and os.path.samefile(path, cache.__file__)
    assert cache.package_file("no_such_package_here", "x") is None


def test_mapped_is_built_once_then_mapped(folder):
    calls = []

    def build():
        calls.append(1)
        return b"payload"

    assert cache.mapped("demo", ("a",), build) == b"payload"
    got = cache.mapped("demo", ("a",), build)
    assert got[:] == b"payload" and not isinstance(got, bytes)
    assert len(calls) == 1
    assert cache.mapped("demo", ("b",), lambda: b"other") == b"other"
    # the other version stays beside it (see test_a_change_of_source_builds_again_and_keeps_one_other_version)
    assert [p.name.startswith("demo-") for p in folder.glob("*.bin")] == [True, True]


def test_a_mapped_file_that_is_refused_is_built_again(folder):
    cache.mapped("demo", ("a",), lambda: b"good")
    (path,) = folder.glob("demo-*.bin")
    path.write_bytes(b"bad")
    assert cache.mapped("demo", ("a",), lambda: b"good", lambda buf: buf[:] == b"good") == b"good"
    assert path.read_bytes() == b"good"


def test_mapped_without_a_folder_builds_in_memory(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(blocker / "sub"))
    assert cache.mapped("demo", ("a",), lambda: b"value") == b"value"


def _kept(calls, parts=("a",), **kw):
    import atexit

    def fn(word):
        calls.append(word)
        return word.startswith("k")

    opts = {"size": 100, "keep": 100, "min_new": 1, **kw}
    k = cache.Kept(fn, "demo", lambda: parts, **opts)
    k["probe"]  # reads the file, as a first miss does
    atexit.unregister(k.save)  # the test saves by hand, inside its own folder
    return k


def test_kept_answers_are_read_by_the_next_run(folder):
    calls = []
    first = _kept(calls)
    assert [first[w] for w in ("kin", "cat", "kin")] == [True, False, True]
    first.save()
    calls.clear()
    second = _kept(calls)
    assert [second[w] for w in ("kin", "cat")] == [True, False]
    assert calls == []  # both from the file, "probe" too
    assert len(list(folder.glob("demo-*.marshal"))) == 1


def test_kept_writes_only_after_enough_new_answers(folder):
    k = _kept([], min_new=3)
    k["kin"]
    k.save()  # "probe" and "kin": two
    assert not list(folder.glob("demo-*.marshal"))
    k["cat"]
    k.save()
    assert len(list(folder.glob("demo-*.marshal"))) == 1


def test_kept_keeps_the_newest_answers_only(folder):
    k = _kept([], keep=3)
    for w in ("a1", "a2", "a3"):
        k[w]
    k.save()  # a run keeps its first answers: "probe", "a1", "a2"
    calls = []
    again = _kept(calls, keep=3)
    again["b1"]
    again.save()  # the oldest run's oldest answer, "probe", makes room
    calls = []
    last = _kept(calls, keep=3)
    for w in ("a1", "a2", "b1", "a3"):
        last[w]
    assert calls == ["probe", "a3"]


def test_two_processes_writing_keep_what_both_knew(folder):
    one, two = _kept([]), _kept([])
    one["kin"]
    two["cat"]
    one.save()
    two.save()  # merges with the file as ``one`` left it
    calls = []
    third = _kept(calls)
    assert (third["kin"], third["cat"]) == (True, False)
    assert calls == []


def test_kept_follows_its_parts_and_survives_a_damaged_file(folder):
    k = _kept([])
    k["kin"]
    k.save()
    calls = []
    other = _kept(calls, parts=("b",))  # a new dictionary: nothing is taken from the old file
    assert other["kin"] is True and calls == ["probe", "kin"]
    for f in folder.glob("demo-*.marshal"):
        f.write_bytes(b"\x00garbage")
    calls = []
    damaged = _kept(calls)
    assert damaged["kin"] is True and calls == ["probe", "kin"]
    damaged.save()
    assert _kept([]) == {"probe": False, "kin": True}


def test_kept_without_parts_is_a_per_process_memo(folder):
    calls = []
    k = _kept(calls, parts=None)
    k["kin"], k["kin"]
    k.save()
    assert calls == ["probe", "kin"] and not list(folder.glob("demo-*"))
