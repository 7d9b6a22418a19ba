"""``tqcheck check PATH... | -``: check translations and report what is wrong.

PATHs are files, folders (searched recursively) or ``-`` for standard
input. Plain text is one document per file; TSV/CSV, JSON Lines, XLIFF,
TMX and PO files are lists of segments, each checked with its source and
references. Exit status: 0 every text passes, 1 a text fails (its score
is below ``--threshold``, or it has an error at or above ``--fail-on``),
2 when any input could not be read (or bad usage), 130 when interrupted
(Ctrl-C), 143 when stopped by SIGTERM.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING, TextIO

from ..batch.writers import FORMATS, TABLE_FORMATS
from ..errors import ConfigError
from ..formats import FORMATS as INPUT_FORMATS
from . import EXIT_ERROR, EXIT_ISSUES, EXIT_OK
from .options import add_config_options, load_config

if TYPE_CHECKING:
    from ..batch.output import AtomicOutput
    from ..batch.tables import TableFiles

# what only a run needs is imported by ``run`` (and ``Outputs``): building
# the parser for every command must stay cheap

EXIT_INTERRUPTED = 130


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return n


def add_parser(sub) -> None:
    p = sub.add_parser("check", help="check translations", description=__doc__.split("\n\n")[1].replace("``", ""),
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to check, or - for standard input")
    g = p.add_argument_group("input")
    g.add_argument("--input-format", choices=INPUT_FORMATS, metavar="FORMAT",
                   help=f"read every input as this format ({', '.join(INPUT_FORMATS)}); default: by file "
                        "extension, and text for - and unknown extensions")
    g.add_argument("--source", metavar="FILE",
                   help="the original the (single, plain-text) PATH translates; enables the checks against the "
                        "source (numbers, dates, names, URLs, omissions). Folders pair files by name instead")
    g.add_argument("-r", "--reference", action="append", default=[], metavar="FILE",
                   help="a reference translation of every plain-text PATH; repeatable")
    g.add_argument("--include", action="append", default=[], metavar="GLOB",
                   help="in folders, check only files matching GLOB (repeatable; default: known extensions)")
    g.add_argument("--columns", metavar="ROLE=NAME,...",
                   help="for Parquet input: the columns holding each role, e.g. "
                        "id=seg_id,source=src,target=mt,references=ref1|ref2 (default: id, source, target, "
                        "references, where present)")
    g.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                   help="in folders, skip files and folders matching GLOB (repeatable; hidden ones are always skipped)")
    g = p.add_argument_group("output")
    g.add_argument("--format", choices=FORMATS, default="text",
                   help="text (default), json (one report per file), jsonl (one record per segment, streamed), "
                        "sarif (SARIF 2.1.0 for code scanning), html (a standalone page), csv (one row per segment)")
    g.add_argument("-o", "--output", metavar="PATH", help="write to PATH instead of standard output: a file atomically, only when the run "
                        "finished; a device, FIFO or /dev/stdout is written through")
    g.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    g = p.add_argument_group("speed")
    g.add_argument("-j", "--jobs", type=_jobs, default=None, metavar="N",
                   help=f"worker processes (default: the number of cores, here {default_jobs()}); with "
                        "--engine dask and no --scheduler, the workers of the local cluster")
    g.add_argument("--engine", choices=("local", "dask"), default=None,
                   help="local: worker processes on this machine (default); dask: a dask.distributed cluster "
                        "(pip install 'tqcheck[dask]'), see docs/scale.md")
    g.add_argument("--scheduler", metavar="ADDRESS",
                   help="with --engine dask: the scheduler to use (tcp://host:8786); default: a local cluster")
    add_config_options(p)
    p.set_defaults(run=run)


def checker_args(args: argparse.Namespace, cfg) -> dict:
    """Keyword arguments for ``Checker``: what every worker process builds its checker from."""
    return {"config": cfg}


def engine_for(args: argparse.Namespace):
    """A Dask engine for ``--engine dask`` (``--scheduler`` implies it), or None."""
    if args.scheduler and args.engine == "local":
        raise ConfigError("--scheduler is for --engine dask")
    if args.engine != "dask" and not args.scheduler:
        return None
    from ..batch.dask_pool import Engine

    return Engine(args.scheduler, jobs=args.jobs or default_jobs())


class Outputs:
    """Where the report goes: standard output, one file (``-o``, written
    atomically), or for table formats two files named after ``-o``."""

    def __init__(self, fmt: str, path: str | None):
        self.files: list[AtomicOutput] = []
        self.out: TextIO | TableFiles
        if fmt in TABLE_FORMATS:
            from ..batch.output import AtomicOutput
            from ..batch.tables import TableFiles, output_paths

            if not path:
                raise ConfigError(f"--format {fmt} writes two files: name them with -o OUT "
                                  f"(OUT.segments.{fmt} and OUT.issues.{fmt})")
            for p in output_paths(path):
                self.files.append(AtomicOutput(p))
                if self.files[-1].target is None:
                    raise ConfigError(f"--format {fmt} needs -o to name a file path, not a device or FIFO", )
            self.out = TableFiles(*(f.file.buffer for f in self.files))
        elif path:
            from ..batch.output import AtomicOutput

            self.files.append(AtomicOutput(path))
            self.out = self.files[0].file
        else:
            self.out = sys.stdout

    def commit(self) -> None:
        for f in self.files:
            f.commit()

    def discard(self) -> None:
        for f in self.files:
            f.discard()


def run(args: argparse.Namespace) -> int:
    from .. import batch
    from ..batch.pairing import explicit

    cfg = load_config(args)
    reader_options = {}
    if args.columns:  # Parquet's column roles: most runs read no Parquet
        from ..formats import columns as columns_mod

        reader_options = {"columns": columns_mod.parse(args.columns)}
    inputs = batch.discover(
        args.paths,
        include=args.include,
        exclude=args.exclude,
        input_format=args.input_format,
        source_lang=cfg.source_lang,
        target_lang=cfg.lang,
    )
    inputs = explicit(inputs, args.source, tuple(args.reference), paths=len(args.paths))
    output = Outputs(args.format, args.output)
    committed = False
    engine = None
    try:
        engine = engine_for(args)
        tally = batch.run(
            inputs,
            checker_args=checker_args(args, cfg),
            fmt=args.format,
            out=output.out,
            jobs=args.jobs or default_jobs(),
            quiet=args.quiet,
            reader_options=reader_options,
            engine=engine,
        )
        if not tally.interrupted:
            output.commit()
            committed = True
    finally:
        if not committed:
            output.discard()
        if engine is not None:
            engine.close()
    if tally.interrupted:
        return 128 + tally.signal if tally.signal else EXIT_INTERRUPTED
    if tally.errors:
        return EXIT_ERROR
    return EXIT_ISSUES if tally.failing else EXIT_OK
