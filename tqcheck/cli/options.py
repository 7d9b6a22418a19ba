"""Options shared by commands that check text: config file and rule switches."""

from __future__ import annotations

import argparse
from pathlib import Path

from .. import config as config_mod
from ..config import DIALECTS, FAIL_ON, PROFILES, Config


def _split(values: list[str] | None) -> list[str]:
    return [v.strip() for item in values or [] for v in item.split(",") if v.strip()]


def add_config_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("settings")
    g.add_argument("--config", metavar="FILE", help="settings file (tqcheck.toml or a pyproject.toml); "
                   "default: the nearest one above the working directory")
    g.add_argument("--no-config", action="store_true", help="ignore settings files")
    g.add_argument("--lang", metavar="CODE", help="expected target language (default en)")
    g.add_argument("--profile", choices=PROFILES, help="style profile (default news)")
    g.add_argument("--enable", action="append", metavar="ID", help="enable rules by id, id prefix or "
                   "category:<slug>; comma-separated or repeated")
    g.add_argument("--disable", action="append", metavar="ID", help="disable rules (same forms as --enable)")
    g.add_argument("--fail-on", choices=FAIL_ON, help="lowest severity of which one error fails a text whatever its score (default major; "
                   "never: the exit status ignores the verdict)")
    g.add_argument("--threshold", type=float, metavar="SCORE", help="score (0-100) needed to pass (default 90)")
    g.add_argument("--glossary", metavar="FILE", help="glossary for the terminology rules (.tsv, .csv, .tbx or .json)")
    g.add_argument("--words", action="append", metavar="FILE", help="word list the spelling check accepts "
                   "(one word per line); repeatable")
    g.add_argument("--dialect", choices=DIALECTS, help="spelling dialect (default auto: the "
                   "text's majority)")


def load_config(args: argparse.Namespace) -> Config:
    if args.no_config:
        cfg = Config()
    elif args.config:
        cfg = config_mod.load(Path(args.config))
    else:
        found = config_mod.discover()
        cfg = config_mod.load(found) if found else Config()
    return cfg.updated(
        enable=_split(args.enable),
        disable=_split(args.disable),
        given_by="--{switch}",
        lang=args.lang,
        profile=args.profile,
        fail_on=args.fail_on,
        threshold=args.threshold,
        glossary=getattr(args, "glossary", None),
        dialect=args.dialect,
        words_files=cfg.words_files + tuple(args.words or ()) if args.words else None,
    )
