"""--engine dask and tqcheck.dask on a LocalCluster of 2 worker processes
on 127.0.0.1, started and stopped here: the tables equal --jobs 1's; a bad
row is an error row; a worker killed mid-run changes nothing; the checker
is built once per worker, not per partition; without Dask, a clear error."""

from __future__ import annotations

import os
import signal
import sys
import time

import pytest

pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

import dask  # noqa: E402

from tqcheck.batch import dask_pool  # noqa: E402
from tqcheck.batch.pool import ordered_map  # noqa: E402
from tqcheck.batch.run import events  # noqa: E402
from tqcheck.batch.work import make_work  # noqa: E402
from tqcheck.cli import main  # noqa: E402
from tqcheck.config import Config  # noqa: E402
from tqcheck.formats.columns import parse  # noqa: E402
from tqcheck.formats.records import Input  # noqa: E402
from tests.batch.corpus import COLUMNS, write_parquet  # noqa: E402

ROWS = 240


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as c:
        yield c


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The input, and the --jobs 1 tables of it."""
    tmp = tmp_path_factory.mktemp("dask")
    path = tmp / "in.parquet"
    write_parquet(path, ROWS, bad_every=31, row_group_size=50)
    out = tmp / "jobs1"
    assert main(["check", str(path), "--columns", COLUMNS, "--no-config", "-q", "-j", "1",
                 "--format", "parquet", "-o", str(out)]) == 2
    return path, pq.read_table(f"{out}.segments.parquet"), pq.read_table(f"{out}.issues.parquet")


def test_engine_dask_on_a_given_scheduler_writes_the_same_tables(client, corpus, tmp_path):
    path, seg1, iss1 = corpus
    out = tmp_path / "dask"
    rc = main(["check", str(path), "--columns", COLUMNS, "--no-config", "-q", "--format", "parquet",
               "-o", str(out), "--engine", "dask", "--scheduler", client.scheduler.address])
    assert rc == 2
    seg, iss = pq.read_table(f"{out}.segments.parquet"), pq.read_table(f"{out}.issues.parquet")
    assert seg.equals(seg1) and iss.equals(iss1)
    errors = [r for r in seg.to_pylist() if r["status"] == "error"]
    assert len(errors) == ROWS // 31 and all("null" in r["message"] for r in errors)  # a bad row: an error row


@pytest.mark.parametrize("partitions", [1, 5, 13])
def test_check_frame_equals_jobs_1_whatever_the_partitioning(client, corpus, partitions):
    import dask.dataframe as dd
    import pandas as pd

    from tqcheck.dask import check_frame

    path, seg1, iss1 = corpus
    frame = dd.from_pandas(pq.read_table(path).to_pandas(types_mapper=pd.ArrowDtype), npartitions=partitions)
    segments, issues = check_frame(frame, id="seg_id", source="src", target="mt", references="ref",
                                   config=Config(), name=str(path))
    segments, issues = dask.compute(segments, issues)
    seg = pa.Table.from_pandas(segments.reset_index(drop=True), preserve_index=False)
    iss = pa.Table.from_pandas(issues.reset_index(drop=True), preserve_index=False)
    assert seg.equals(seg1) and iss.equals(iss1)
    built = client.run(dask_pool.built_here)
    assert len(built) == 2 and all(n <= 2 for n in built.values()), built  # per worker, not per partition


def test_check_frame_reads_parquet_on_the_workers(client, corpus):
    import dask.dataframe as dd

    from tqcheck.dask import check_frame

    path, seg1, _ = corpus
    segments, _issues = check_frame(dd.read_parquet(str(path)), id="seg_id", source="src", target="mt",
                                    references="ref", config=Config(), name=str(path))
    got = segments.compute()
    assert list(got["id"]) == seg1.column("id").to_pylist()
    assert list(got["verdict"].fillna("-")) == [v or "-" for v in seg1.column("verdict").to_pylist()]


def _results(items):
    return [r.to_dict() if hasattr(r, "to_dict") else r for r in items]


def test_a_worker_killed_mid_run_changes_nothing(client, corpus):
    path, _, _ = corpus
    args = ({"config": Config()}, False)
    inp = [Input(str(path), str(path), "parquet")]
    options = {"columns": parse(COLUMNS)}
    expected = _results(ordered_map(events(inp, **options), make_work, args, jobs=1))
    engine = dask_pool.Engine(client=client)
    pids = client.run(os.getpid)
    got, killed, at = [], None, 0
    stream = dask_pool.ordered_map(events(inp, **options), make_work, args, engine=engine, chunk_records=4, window=24)
    for item in stream:
        got.append(item)
        if killed is None and len(got) > 10:
            killed, at = next(iter(pids.values())), len(got)
            os.kill(killed, signal.SIGKILL)  # one of the two workers, while chunks are in flight
    assert killed is not None and at < len(expected) - 100  # well before the end
    assert _results(got) == expected
    deadline = time.monotonic() + 60
    while len(client.scheduler_info()["workers"]) < 2 and time.monotonic() < deadline:
        time.sleep(0.5)  # the nanny restarts it, for the tests after
    assert killed not in client.run(os.getpid).values()


def test_an_engine_keeps_no_chunks_in_the_message_logs_of_its_own_cluster(corpus):
    """distributed keeps the last 1,000 messages of every batched stream for
    debugging, and each message carries a whole chunk of records: the main
    process (client and local scheduler) grew with the run until it held
    about 2,000 chunks. The engine turns those logs off."""
    path, _, _ = corpus
    args = ({"config": Config()}, False)
    inp = [Input(str(path), str(path), "parquet")]
    options = {"columns": parse(COLUMNS)}
    previous = dask.config.get("distributed.admin.low-level-log-length")
    engine = dask_pool.Engine(jobs=1)
    try:
        got = list(dask_pool.ordered_map(events(inp, **options), make_work, args, engine=engine, chunk_records=8))
        assert sum(1 for r in got if getattr(r, "status", None)) == ROWS
        streams = [engine.client.scheduler_comm, *engine.cluster.scheduler.stream_comms.values(),
                   *engine.cluster.scheduler.client_comms.values()]
        assert len(streams) >= 3
        assert all(len(s.recent_message_log) == 0 for s in streams)
    finally:
        engine.close()
        dask.config.set({"distributed.admin.low-level-log-length": previous})


def test_without_dask_engine_dask_says_how_to_install_it(tmp_path, monkeypatch, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "target": "Fine text here."}\n', encoding="utf-8")
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    assert main(["check", str(src), "--no-config", "-q", "--engine", "dask"]) == 2
    assert "pip install 'tqcheck[dask]'" in capsys.readouterr().err
