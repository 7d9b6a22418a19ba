"""Server settings, read from environment variables (``TQCHECK_*``).

Environment variables are how container platforms and process managers
configure a WSGI app; ``create_app(settings)`` takes the same keys as a
mapping for tests and embedding. Bad values stop the server at start-up
with a message, not on the first request.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Mapping

from ..config import Config
from ..errors import ConfigError

#: environment variable -> setting
ENV = {
    "TQCHECK_MAX_TEXT_BYTES": "max_text_bytes",
    "TQCHECK_CONFIG": "config_path",
    "TQCHECK_CHECKER_CACHE": "checker_cache",
    "TQCHECK_MAX_SCORE_BYTES": "max_score_bytes",
    "TQCHECK_CHECKER_CACHE_BYTES": "checker_cache_bytes",
}

DEFAULT_MAX_TEXT_BYTES = 1_000_000
#: Scoring is far dearer than checking (TER grows with the square of a
#: sentence's length, and every pair is aligned): about 0.4 s for the 4 kB
#: sample article, so a request with references is held to less text.
DEFAULT_MAX_SCORE_BYTES = 100_000
DEFAULT_CHECKER_CACHE_BYTES = 32 * 1024 * 1024
#: JSON escapes (\u0001) and percent-encoding make a body at most about six
#: times the UTF-8 size of the text it carries; anything larger is refused
#: before it is read into memory.
BODY_OVERHEAD_FACTOR = 6
BODY_SLACK = 64 * 1024


@dataclass(frozen=True)
class Settings:
    #: UTF-8 bytes of text a request may carry (text, source, references and
    #: glossary together)
    max_text_bytes: int = DEFAULT_MAX_TEXT_BYTES
    #: a tqcheck.toml (or pyproject.toml with [tool.tqcheck]) whose settings
    #: are the server's defaults; requests override them
    config_path: str | None = None
    #: UTF-8 bytes of translation and references a request that asks for
    #: scores may carry (/api/v1/score, or a check with references)
    max_score_bytes: int = DEFAULT_MAX_SCORE_BYTES
    #: how many distinct request settings keep a ready Checker
    checker_cache: int = 64
    #: about how much memory the cached Checkers may hold together (request
    #: word lists are most of it); one larger than a quarter of it is not kept
    checker_cache_bytes: int = DEFAULT_CHECKER_CACHE_BYTES
    #: the settings file as a mapping (read from ``config_path``)
    base_config: Mapping[str, Any] = field(default_factory=dict)

    @property
    def max_body_bytes(self) -> int:
        return self.max_text_bytes * BODY_OVERHEAD_FACTOR + BODY_SLACK


def _int(name: str, raw: Any, minimum: int) -> int:
    try:
        value = int(raw)
    except (TypeError, ValueError, OverflowError):
        raise ConfigError(f"{name} must be a whole number, not {raw!r}") from None
    if value < minimum:
        raise ConfigError(f"{name} must be at least {minimum}, not {value}")
    return value


def read_config_file(path: str) -> dict[str, Any]:
    """The settings mapping of a tqcheck.toml or a pyproject.toml."""
    p = Path(path)
    import tomllib  # only when a settings file is read

    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read config file: {exc.strerror}", where=path) from None
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"not a valid TOML file: {exc}", where=path) from None
    except RecursionError:
        raise ConfigError("not a valid TOML file: nested too deeply", where=path) from None
    if p.name == "pyproject.toml":
        data = data.get("tool", {}).get("tqcheck", {})
    Config.from_mapping(data, where=path)  # every setting is checked now, once
    return data


def load(overrides: Mapping[str, Any] | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """Settings from the environment, then ``overrides`` (setting names as keys)."""
    environ = os.environ if environ is None else environ
    raw: dict[str, Any] = {key: environ[var] for var, key in ENV.items() if environ.get(var)}
    raw.update(overrides or {})
    known = {f.name for f in fields(Settings)}
    unknown = sorted(set(raw) - known)
    if unknown:
        raise ConfigError(f"unknown server setting(s): {', '.join(unknown)}")
    values: dict[str, Any] = {}
    if "max_text_bytes" in raw:
        values["max_text_bytes"] = _int("TQCHECK_MAX_TEXT_BYTES", raw["max_text_bytes"], 1)
    if "max_score_bytes" in raw:
        values["max_score_bytes"] = _int("TQCHECK_MAX_SCORE_BYTES", raw["max_score_bytes"], 1)
    if "checker_cache" in raw:
        values["checker_cache"] = _int("TQCHECK_CHECKER_CACHE", raw["checker_cache"], 1)
    if "checker_cache_bytes" in raw:
        values["checker_cache_bytes"] = _int("TQCHECK_CHECKER_CACHE_BYTES", raw["checker_cache_bytes"], 0)
    if raw.get("config_path"):
        values["config_path"] = str(raw["config_path"])
        values["base_config"] = read_config_file(values["config_path"])
    if "base_config" in raw and "config_path" not in values:
        Config.from_mapping(raw["base_config"], where="base_config")
        values["base_config"] = dict(raw["base_config"])
    return Settings(**values)
