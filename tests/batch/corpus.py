"""A small zh->en corpus for the Parquet, filter and Dask tests: a few
pairs with and without findings, repeated under distinct ids."""

from __future__ import annotations

PAIRS = (
    ("他在2020年花了300万美元。", "He spent $3 million in 2020.", "He spent $3 million in 2020."),
    ("会议于7月21日举行。", "The meeting was held on July 12.", "The meeting took place on July 21."),
    ("她说：“我们会回来的。”", 'She said, "We will be back.', 'She said: "We will come back."'),
    ("这是一个很好的例子。", "This is a good example .", "This is a good example."),
    ("天气很好。", "The weather is nice.", "The weather is good."),
    ("公司有两千名员工。", "The company has 2,000 employees.", "The company employs 2,000 people."),
    ("我们需要更多的时间。", "We need a large number of time.", "We need more time."),
    ("他明天去北京。", "", None),  # untranslated: translation.empty (critical)
    ("价格上涨了5%。", "Prices rose by 5%.", "Prices went up 5%."),
    ("这个问题很复杂。", "This problem is very complicated and and difficult.", "This problem is complex."),
)


def rows(n: int, *, bad_every: int = 0) -> list[dict]:
    """``n`` rows {seg_id, src, mt, ref}; every ``bad_every``-th has a null target."""
    out = []
    for i in range(n):
        src, mt, ref = PAIRS[i % len(PAIRS)]
        out.append({"seg_id": f"seg-{i:05d}", "src": src,
                    "mt": None if bad_every and (i + 1) % bad_every == 0 else mt, "ref": ref})
    return out


def write_parquet(path, n: int, *, bad_every: int = 0, row_group_size: int = 64) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(rows(n, bad_every=bad_every)), path, row_group_size=row_group_size)


COLUMNS = "id=seg_id,source=src,target=mt,references=ref"
