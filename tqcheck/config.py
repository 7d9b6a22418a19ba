"""Settings: which rules run, at what severity, and how issues are scored.

Sources, later ones winning: built-in defaults, ``tqcheck.toml`` or
``[tool.tqcheck]`` in ``pyproject.toml`` (found by walking up from the
working directory, or named with ``--config``), then command-line flags or
API options.

Rule switches are *directives* matched against rule ids by dotted prefix
(``style`` matches ``style.wordy.phrase``) or against categories when written
``category:fluency/punctuation`` or ``category:fluency``. The most specific
matching directive decides; at equal specificity the later one wins, so a
command-line ``--enable`` beats a config file's ``disable`` of the same id.
"""

from __future__ import annotations

import copy
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable, Mapping, NamedTuple

from . import resources
from .errors import ConfigError
from .rule import Rule
from .taxonomy import DEFAULT_WEIGHTS, SEVERITIES

PROFILES = ("news", "general")
#: "never" makes the exit code ignore issues (the report still lists them)
FAIL_ON = (*SEVERITIES, "never")
CONFIG_NAMES = ("tqcheck.toml",)


class Active(NamedTuple):
    """A rule as it will run: its effective severity and options."""

    rule: Rule
    severity: str
    options: Mapping[str, Any]


@dataclass(frozen=True)
class Config:
    lang: str = "en"
    source_lang: str = "zh"
    profile: str = "news"
    fail_on: str = "major"
    threshold: float = 90.0
    #: issues kept per report (0: all); the rest are counted, not built
    max_issues: int = 10_000
    weights: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    directives: tuple[tuple[str, bool], ...] = ()
    severity: Mapping[str, str] = field(default_factory=dict)
    rule_options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    #: spelling: "us", "uk" or "auto"; accepted words and word-list files
    dialect: str = "auto"
    words: tuple[str, ...] = ()
    words_files: tuple[str, ...] = ()
    origin: str | None = None  # the file the settings came from, for messages
    glossary: str | None = None  # a glossary file, relative paths resolved against the settings file

    # -- building ------------------------------------------------------------
    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], where: str = "config") -> "Config":
        errors = resources.validation_errors("config", dict(data))
        if errors:
            first = errors[0]
            raise ConfigError(
                f"invalid setting at {first['pointer']}: {first['message']}", where=where, details=errors
            )
        base = cls()
        weights = dict(base.weights)
        weights.update(data.get("weights", {}))
        directives = tuple((d, True) for d in data.get("enable", ())) + tuple(
            (d, False) for d in data.get("disable", ())
        )
        return cls(
            lang=data.get("lang", base.lang),
            source_lang=data.get("source_lang", base.source_lang),
            profile=data.get("profile", base.profile),
            fail_on=data.get("fail_on", base.fail_on),
            threshold=float(data.get("threshold", base.threshold)),
            max_issues=int(data.get("max_issues", base.max_issues)),
            weights=weights,
            directives=directives,
            severity=dict(data.get("severity", {})),
            rule_options={k: dict(v) for k, v in data.get("rules", {}).items()},
            dialect=data.get("dialect", base.dialect),
            words=tuple(data.get("words", ())),
            words_files=tuple(data.get("words_files", ())),
            origin=where,
            glossary=data.get("glossary"),
        )

    def updated(self, *, enable: Iterable[str] = (), disable: Iterable[str] = (), **changes: Any) -> "Config":
        """A copy with overrides applied; directives are appended so they win."""
        extra = tuple((d, True) for d in enable) + tuple((d, False) for d in disable)
        if changes.get("dialect") is not None and changes["dialect"] not in ("us", "uk", "auto"):
            raise ConfigError(f"dialect must be one of us, uk, auto, not {changes['dialect']!r}")
        for key in ("fail_on", "profile"):
            value = changes.get(key)
            allowed = FAIL_ON if key == "fail_on" else PROFILES
            if value is not None and value not in allowed:
                raise ConfigError(f"{key} must be one of {', '.join(allowed)}, not {value!r}")
        changes = {k: v for k, v in changes.items() if v is not None}
        return replace(self, directives=self.directives + extra, **changes)

    # -- selecting rules -------------------------------------------------------
    def select(self, rules: Iterable[Rule]) -> list[Active]:
        rules = list(rules)
        known = {r.id for r in rules}
        self._check_names(known)
        active = []
        for rule in rules:
            on = _decide(self.directives, rule, self._default_on(rule))
            if not on:
                continue
            severity = _most_specific(self.severity, rule) or rule.severity
            options = dict(rule.options)
            options.update(self.rule_options.get(rule.id, {}))
            active.append(Active(rule, severity, options))
        return active

    def _default_on(self, rule: Rule) -> bool:
        return rule.enabled and (rule.profiles is None or self.profile in rule.profiles)

    def _check_names(self, known: set[str]) -> None:
        """Unknown ids in settings are typos that would silently do nothing."""
        names = [d for d, _ in self.directives] + list(self.severity) + list(self.rule_options)
        for name in names:
            if name.startswith("category:") or name == "*":
                continue
            if not any(k == name or k.startswith(name + ".") for k in known):
                raise ConfigError(f"no rule or rule group is called {name!r} (see `tqcheck rules`)", where=self.origin)

    def selection_key(self) -> str:
        """Everything ``select`` and ``ruleset_fingerprint`` read, as one
        string: equal keys select the same rules (dict order kept, so a
        different order is at worst a different key)."""
        import json

        return json.dumps([self.lang, self.profile, self.directives, list(self.severity.items()),
                           list(self.rule_options.items())], default=repr)

    def ruleset_fingerprint(self, active: Iterable[Active]) -> str:
        import hashlib
        import json

        from . import __version__

        payload = json.dumps(
            [__version__, self.lang, self.profile, sorted((a.rule.id, a.severity, sorted(a.options.items(), key=str)) for a in active)],
            default=str,
        )
        return "sha256:" + hashlib.sha256(payload.encode()).hexdigest()[:16]


def _matches(directive: str, rule: Rule) -> int:
    """Specificity of a directive for a rule (0 = no match)."""
    if directive == "*":
        return 1
    if directive.startswith("category:"):
        cat = directive[len("category:"):]
        if rule.category == cat or rule.category.startswith(cat + "/"):
            return 2 + cat.count("/")
        return 0
    if rule.id == directive or rule.id.startswith(directive + "."):
        return 10 + directive.count(".")
    return 0


def _decide(directives, rule: Rule, default: bool) -> bool:
    best, decision = 0, default
    for directive, on in directives:
        spec = _matches(directive, rule)
        if spec and spec >= best:
            best, decision = spec, on
    return decision


def _most_specific(mapping: Mapping[str, str], rule: Rule) -> str | None:
    best, value = 0, None
    for key, val in mapping.items():
        spec = _matches(key, rule)
        if spec and spec >= best:
            best, value = spec, val
    return value


# -- files -------------------------------------------------------------------
def discover(start: Path | None = None) -> Path | None:
    """The nearest ``tqcheck.toml``, or ``pyproject.toml`` with ``[tool.tqcheck]``."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        for name in CONFIG_NAMES:
            if (folder / name).is_file():
                return folder / name
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            try:
                data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError):
                continue
            if "tqcheck" in data.get("tool", {}):
                return pyproject
    return None


def load(path: Path) -> Config:
    try:
        raw = path.read_bytes().decode("utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read config file: {exc.strerror}", where=str(path)) from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"not valid UTF-8 at byte {exc.start}", where=str(path)) from exc
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML: {exc}", where=str(path)) from exc
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("tqcheck", {})
    cfg = Config.from_mapping(copy.deepcopy(data), where=str(path))
    # word lists named in a settings file live beside it
    files = tuple(str((path.parent / f)) if not Path(f).is_absolute() else f for f in cfg.words_files)
    cfg = replace(cfg, words_files=files)
    if cfg.glossary is not None:
        cfg = replace(cfg, glossary=str(path.parent / cfg.glossary))
    return cfg
