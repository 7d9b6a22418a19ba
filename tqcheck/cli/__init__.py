"""Command line: ``tqcheck <command> ...``.

Exit codes (``check``): 0 every text passes; 1 a text fails (score below
``--threshold``, or an error at or above ``--fail-on``);
2 usage, configuration or input errors (with a message, never a traceback).
"""

from __future__ import annotations

import argparse
import atexit
import importlib
import os
import sys
import threading

from .. import gcsettle
from .._version import __version__
from ..errors import TqcheckError

#: one module per subcommand, sorted; each has add_parser(subparsers) and run(args)
COMMANDS = ("check", "filter", "rules", "score", "serve")

EXIT_OK, EXIT_ISSUES, EXIT_ERROR = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse's own usage errors also exit 2
        self.print_usage(sys.stderr)
        raise SystemExit(f"{self.prog}: error: {message}")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser. Given the ``command`` a run names first,
    only that command's module is loaded and its parser built; the others
    are named only (so usage messages list them all): building every
    command's parser loaded the web settings, the rule documentation, the
    filter's table writers and the scoring options, none of which a check
    uses."""
    parser = _Parser(prog="tqcheck", description="Check translations before they are published.")
    parser.add_argument("--version", action="version", version=f"tqcheck {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for name in COMMANDS:
        if command is None or name == command:
            module = importlib.import_module(f"{__name__}.{name}")
            module.add_parser(sub)
        else:
            sub.add_parser(name)
    parser.set_defaults(_commands=sub.choices)
    return parser


def _parse(parser: argparse.ArgumentParser, argv: list[str] | None) -> argparse.Namespace:
    """Parse ``argv``; a command whose parser sets ``intermixed`` takes its
    positional arguments anywhere among its options (``score A -r REF B``),
    which argparse alone refuses once an option has come between them."""
    argv = sys.argv[1:] if argv is None else list(argv)
    args, extra = parser.parse_known_args(argv)
    if not extra:
        return args
    sub = args._commands.get(args.command)
    if sub is None or not sub.get_default("intermixed"):
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    at = argv.index(args.command)
    return sub.parse_intermixed_args(argv[at + 1:], argparse.Namespace(command=args.command))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    # only a command named first is built alone: "--help" or "--version"
    # before it must see every command
    parser = build_parser(argv[0] if argv and argv[0] in COMMANDS else None)
    try:
        args = _parse(parser, argv)
    except SystemExit as exc:  # --help, --version, or a usage error
        if isinstance(exc.code, str):
            print(exc.code, file=sys.stderr)
            return EXIT_ERROR
        return EXIT_ERROR if exc.code else EXIT_OK
    try:
        return args.run(args)
    except TqcheckError as exc:
        print(f"tqcheck: error: {exc}", file=sys.stderr)
        for d in exc.details[1:]:
            print(f"  {d.get('pointer', '')}: {d.get('message', '')}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("tqcheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


def entry() -> None:
    """The ``tqcheck`` command (and ``python -m tqcheck``): ``main``, then
    exit without tearing the interpreter down.

    A process that ends normally frees every object it made: the frequency
    list, the tag table and the compiled patterns, 0.05 s of a 0.3 s check of
    one small file, which editors and hooks pay once per file. Once the
    output is flushed, the exit handlers have run (the pattern cache, a pool's
    clean-up) and no other thread is left, nothing else remains to be done,
    so the process leaves with ``os._exit``. Otherwise it exits as usual."""
    # the package's first import set the collector's start-up pace; asked again for a process whose
    # collector ran since
    gcsettle.after_startup()
    code = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # a closed pipe: let the normal exit report it
        raise SystemExit(code) from None
    run_exit_handlers = getattr(atexit, "_run_exitfuncs", None)
    if run_exit_handlers is None or threading.active_count() != 1:
        raise SystemExit(code)
    run_exit_handlers()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        raise SystemExit(code) from None
    os._exit(code)
