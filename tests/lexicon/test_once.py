import threading

from tqcheck.lexicon.once import Once


def test_a_table_is_built_once_when_threads_ask_together():
    loaded = Once()
    calls = []
    gate = threading.Barrier(8)

    def build():
        calls.append(1)
        return {"built": len(calls)}

    def ask(out):
        gate.wait()
        out.append(loaded.get("t", build))

    seen: list = []
    threads = [threading.Thread(target=ask, args=(seen,)) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert calls == [1]
    assert all(s is seen[0] for s in seen)


def test_one_table_may_be_built_from_another():
    loaded = Once()
    base = loaded.get("base", lambda: [1, 2, 3])
    derived = loaded.get("derived", lambda: [x * 2 for x in loaded.get("base", list)])
    assert derived == [2, 4, 6] and loaded.get("base", list) is base


def test_a_failed_build_is_tried_again():
    loaded = Once()
    tries = []

    def build():
        tries.append(1)
        if len(tries) == 1:
            raise OSError("cache folder not writable")
        return "ok"

    try:
        loaded.get("t", build)
    except OSError:
        pass
    assert loaded.get("t", build) == "ok" and len(tries) == 2


def test_memo_computes_each_answer_once_and_starts_afresh_when_full():
    from tqcheck.lexicon.once import Memo

    asked = []

    def double(k: int) -> int:
        asked.append(k)
        return 2 * k

    memo = Memo(double, 3)
    look = memo.__getitem__
    assert list(map(look, [1, 2, 1, 2, 3])) == [2, 4, 2, 4, 6]
    assert asked == [1, 2, 3]
    assert look(4) == 8 and len(memo) == 1  # full at 3 entries: started afresh
    assert 1 not in memo and look(1) == 2 and asked == [1, 2, 3, 4, 1]
