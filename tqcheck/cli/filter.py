"""``tqcheck filter INPUT --kept FILE [--rejected FILE]``: clean a corpus.

Each segment of INPUT (JSON Lines, TSV or Parquet) is checked as ``check``
would, with the same settings (--threshold, --fail-on, --enable/--disable,
a settings file); the rows that pass are copied as they are to --kept, the
others to --rejected with the reasons (a "tqcheck" field in JSON Lines, a
last "reasons" column in TSV, tqcheck_status/tqcheck_score/tqcheck_reasons
columns in Parquet). Both files are written atomically when the run ends.
Exit status: 0 done, 2 when a row could not be read (it is in --rejected)
or bad usage, 130/143 when interrupted (nothing is written).
"""

from __future__ import annotations

import argparse
import sys

from ..batch.filter import FORMATS
from ..errors import ConfigError, InputError
from ..formats import EXTENSIONS, format_for
from . import EXIT_ERROR, EXIT_OK
from .check import EXIT_INTERRUPTED, _jobs, default_jobs, engine_for
from .options import add_config_options, load_config


def add_parser(sub) -> None:
    p = sub.add_parser("filter", help="keep the segments that pass, set aside the others with reasons",
                       description=__doc__.split("\n\n")[1], formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("path", metavar="INPUT", help="a JSON Lines, TSV or Parquet file")
    p.add_argument("--input-format", choices=FORMATS, metavar="FORMAT",
                   help=f"read INPUT as this format ({', '.join(FORMATS)}); default: by extension")
    p.add_argument("--columns", metavar="ROLE=NAME,...", help="for Parquet: the columns of each role, as for check")
    p.add_argument("--kept", required=True, metavar="FILE", help="where the passing rows go (same format as INPUT)")
    p.add_argument("--rejected", metavar="FILE", help="where the other rows go, with the reasons (default: dropped)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    p.add_argument("-j", "--jobs", type=_jobs, default=None, metavar="N",
                   help=f"worker processes (default: the number of cores, here {default_jobs()})")
    p.add_argument("--engine", choices=("local", "dask"), default=None, help="as for check")
    p.add_argument("--scheduler", metavar="ADDRESS", help="as for check")
    add_config_options(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # imported here: building the parser of every command must stay cheap
    from .. import batch
    from ..batch.filter import FilterWriter
    from ..batch.output import AtomicOutput
    from ..formats import columns as columns_mod
    from ..formats.records import Input
    from ..render import summary as summary_render

    cfg = load_config(args)
    fmt = args.input_format or format_for(args.path)
    if fmt not in FORMATS:
        known = ", ".join(e for e, f in EXTENSIONS.items() if f in FORMATS)
        raise ConfigError(f"filter reads JSON Lines, TSV or Parquet ({known}); name the format with --input-format",
                          where=args.path)
    if args.path == "-":
        raise InputError("filter reads its input twice (to check it, then to copy its rows): name a file")
    reader_options = {"columns": columns_mod.parse(args.columns)} if args.columns else {}
    inp = Input(args.path, args.path, fmt)
    outputs = [AtomicOutput(args.kept)] + ([AtomicOutput(args.rejected)] if args.rejected else [])
    committed = False
    engine = None
    try:
        writer = FilterWriter(inp, outputs[0].file.buffer, outputs[1].file.buffer if args.rejected else None)
        engine = engine_for(args)
        tally = batch.run(
            [inp],
            checker_args={"config": cfg},
            fmt="jsonl",
            out=sys.stderr,
            jobs=args.jobs or default_jobs(),
            quiet=args.quiet,
            reader_options=reader_options,
            engine=engine,
            writer=writer,
            print_summary=False,
        )
        if not tally.interrupted:
            for o in outputs:
                o.commit()
            committed = True
    finally:
        if not committed:
            for o in outputs:
                o.discard()
        if engine is not None:
            engine.close()
    if tally.interrupted:
        return 128 + tally.signal if tally.signal else EXIT_INTERRUPTED
    status = EXIT_ERROR if tally.errors else EXIT_OK
    if not args.quiet:
        lines = summary_render.render(tally.to_dict()).splitlines()
        lines = [ln for ln in lines if not ln.startswith("Exit status")]
        lines.append(f"Kept {writer.counts.kept:,}, rejected {writer.counts.rejected:,}.")
        lines.append(f"Exit status {status}: " + ("a row could not be read (it is with the rejected ones)."
                                                  if status else "done."))
        print("\n".join(lines), file=sys.stderr)
    return status
