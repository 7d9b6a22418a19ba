"""``tqcheck check PATH... | -``: check texts and print what is wrong."""

from __future__ import annotations

import argparse
import sys

from ..api import Checker
from ..errors import InputError
from ..render import json as json_render
from ..render import text as text_render
from . import EXIT_ERROR, EXIT_ISSUES, EXIT_OK
from .inputs import STDIN, read
from .options import add_config_options, load_config


def add_parser(sub) -> None:
    p = sub.add_parser("check", help="check translations", description=__doc__.split("\n")[0].strip("`"))
    p.add_argument("paths", nargs="+", metavar="PATH", help="text files to check, or - for standard input")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format (default text)")
    p.add_argument("--source", metavar="FILE", help="the original the (single) PATH translates; enables the checks "
                   "against the source (numbers, dates, names, URLs, omissions)")
    add_config_options(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    cfg = load_config(args)
    checker = Checker(cfg)
    source = None
    if args.source is not None:
        if len(args.paths) != 1:
            raise InputError("--source goes with exactly one translation to check", where="--source")
        if args.source == STDIN and args.paths[0] == STDIN:
            raise InputError("the source and the translation cannot both come from standard input", where="--source")
        _, source = read(args.source)
    reports, names, failed_inputs = [], [], False
    for path in args.paths:
        try:
            name, text = read(path)
            report = checker.check(text, name=name, source=source)
        except InputError as exc:
            if exc.where is None:
                exc.where = path
            print(f"tqcheck: error: {exc}", file=sys.stderr)
            failed_inputs = True
            continue
        reports.append(report)
        names.append(name)
    if reports:
        dicts = [r.to_dict(include_text=args.format == "text") for r in reports]
        if args.format == "json":
            sys.stdout.write(json_render.render(dicts))
        else:
            sys.stdout.write(text_render.render(dicts, names))
    if failed_inputs:
        return EXIT_ERROR
    return EXIT_ISSUES if any(r.fails(cfg.fail_on) for r in reports) else EXIT_OK
