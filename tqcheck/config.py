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
import math
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable, Mapping, NamedTuple

from . import resources
from .errors import ConfigError
from .rule import Rule
from .taxonomy import DEFAULT_WEIGHTS, SEVERITIES

# The allowed values of the enumerated settings, in one place: the CLI's
# choices, the form and the OpenAPI document read them, and a test keeps the
# JSON schemas' enums (schemas/config.schema.json, check-request) equal to them.
PROFILES = ("news", "general")
#: "never" makes the exit code ignore issues (the report still lists them)
FAIL_ON = (*SEVERITIES, "never")
#: spelling dialects; auto takes the one most of the text follows
DIALECTS = ("us", "uk", "auto")
CONFIG_NAMES = ("tqcheck.toml",)
#: settings that name files: a settings file or the command line may use
#: them (the local user reads their own files); a request to the service may not
FILE_KEYS = ("words_files", "glossary")
#: deepest nesting accepted in settings (a rule option is 3 levels down)
MAX_DEPTH = 32


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


_SCALARS = (str, int, float, bool, type(None))


def depth_error(value: Any, limit: int = MAX_DEPTH) -> str | None:
    """A message when ``value`` (JSON-shaped) nests deeper than ``limit``;
    walked without recursion, so any depth is safe to ask about."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children: Iterable[Any]
        if isinstance(item, Mapping):
            children = item.values()
        elif isinstance(item, (list, tuple)):
            children = item
        else:
            continue
        if depth > limit:
            return f"nested more than {limit} levels deep"
        stack.extend((child, depth + 1) for child in children if not isinstance(child, _SCALARS))
    return None


def nonfinite_errors(value: Any, pointer: str = "") -> list[dict[str, str]]:
    """Every number that is not finite (NaN, Infinity, or too large to be a
    float: ``1e999`` parses as infinity), as ``{"pointer", "message"}``.
    Reports must never hold NaN or Infinity, so none may come in."""
    errors = []
    stack = [(value, pointer)]
    while stack:
        item, here = stack.pop()
        if isinstance(item, bool) or item is None or isinstance(item, str):
            continue
        if isinstance(item, (int, float)):
            try:
                ok = math.isfinite(item)
            except OverflowError:  # an int too large for a float
                ok = False
            if not ok:
                text = repr(item) if isinstance(item, float) else "a number of %d digits" % len(str(abs(item)))
                errors.append({"pointer": here or "/", "message": f"{text} is not a finite number"})
        elif isinstance(item, Mapping):
            stack.extend((v, f"{here}/{_escape(str(k))}") for k, v in item.items() if not isinstance(v, str))
        elif isinstance(item, (list, tuple)):
            stack.extend((v, f"{here}/{i}") for i, v in enumerate(item) if not isinstance(v, str))
    return sorted(errors, key=lambda e: e["pointer"])


#: ``words`` may be long: its entries are checked here, in one loop, rather
#: than one by one through the JSON Schema validator (the limits are the
#: schema's own)
MAX_WORDS = 20_000
MAX_WORD_LENGTH = 100


def schema_errors(schema: str, instance: Any, words_at: tuple[str, ...] = ("words",)) -> list[dict[str, str]]:
    """``resources.validation_errors`` for a settings mapping (or a request
    holding one at ``words_at[:-1]``), with the word list checked by hand."""
    holder = instance
    for key in words_at[:-1]:
        holder = holder.get(key) if isinstance(holder, Mapping) else None
    words = holder.get(words_at[-1]) if isinstance(holder, Mapping) else None
    if not isinstance(words, list):
        return resources.validation_errors(schema, instance)
    # the same instance with an empty word list, rebuilt along the path only
    def without(value: Any, path: tuple[str, ...]) -> Any:
        copy = dict(value)
        copy[path[0]] = [] if len(path) == 1 else without(value[path[0]], path[1:])
        return copy

    errors = resources.validation_errors(schema, without(instance, words_at))
    pointer = "/" + "/".join(words_at)
    if len(words) > MAX_WORDS:
        errors.append({"pointer": pointer, "message": f"holds {len(words)} words; at most {MAX_WORDS} are accepted"})
        return errors
    for i, word in enumerate(words):
        if not isinstance(word, str):
            problem = f"{_short_value(word)} is not of type 'string'"
        elif not word:
            problem = "'' should be non-empty"
        elif len(word) > MAX_WORD_LENGTH:
            problem = f"a word of {len(word)} characters is longer than {MAX_WORD_LENGTH}"
        else:
            continue
        errors.append({"pointer": f"{pointer}/{i}", "message": problem})
        if len(errors) >= 100:
            break
    return errors


def _short_value(value: Any) -> str:
    text = repr(value) if not isinstance(value, (Mapping, list, tuple)) else type(value).__name__
    return text if len(text) <= 40 else text[:37] + "..."


def rule_option_errors(rule_options: Any, pointer: str = "/rules") -> list[dict[str, str]]:
    """Every ``rules.<id>.<key>`` that names no rule, an option the rule
    does not declare, or a value its declaration refuses."""
    from .rules import all_rules

    if not isinstance(rule_options, Mapping):
        return []
    by_id = {r.id: r for r in all_rules()}
    errors = []
    for rule_id, values in rule_options.items():
        here = f"{pointer}/{_escape(str(rule_id))}"
        rule = by_id.get(rule_id)
        if rule is None:
            errors.append({"pointer": here, "message": f"rules.{rule_id}: no rule is called {rule_id!r} "
                                                       "(options are set per rule id; see `tqcheck rules`)"})
            continue
        if not isinstance(values, Mapping):
            continue  # the schema reports it
        for key, message in rule.option_errors(values):
            if key not in rule.option_specs:
                message = f"unknown option (its options: {', '.join(sorted(rule.option_specs)) or 'none'})"
            errors.append({"pointer": f"{here}/{_escape(str(key))}", "message": f"rules.{rule_id}.{key}: {message}"})
    return errors


def settings_errors(data: Mapping[str, Any], *, files: bool = True, pointer: str = "") -> list[dict[str, str]]:
    """Everything wrong with a settings mapping (a tqcheck.toml, or a
    request's ``options``) beyond its schema: numbers that are not finite,
    rule options, and (``files=False``) settings that name files."""
    if not isinstance(data, Mapping):
        return []
    errors = nonfinite_errors(data, pointer)
    if not files:
        for key in FILE_KEYS:
            if key in data:
                errors.append({"pointer": f"{pointer}/{key}", "message": FILE_KEY_MESSAGES[key]})
    errors += rule_option_errors(data.get("rules"), f"{pointer}/rules")
    return errors


FILE_KEY_MESSAGES = {
    "words_files": "the service never reads files on the server; send the words themselves in `words`",
    "glossary": "the service never reads files on the server; send the glossary's contents in the request's "
                "top-level `glossary` field",
}


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
    #: rule names that ``updated(..., given_by=...)`` added, and who gave them
    #: (e.g. the --disable flag), so that an error blames them and not the file
    given_by: Mapping[str, str] = field(default_factory=dict, compare=False)

    # -- building ------------------------------------------------------------
    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], where: str = "config", *, files: bool = True) -> "Config":
        """Settings from a mapping in the config-file shape, every value
        checked: the schema, finite numbers, each rule's declared options.
        ``files=False`` refuses the settings that name files (a request to
        the service)."""
        if not isinstance(data, Mapping):
            raise ConfigError(f"settings must be a table/object, not {type(data).__name__}", where=where)
        deep = depth_error(data)
        if deep:
            raise ConfigError(f"invalid settings: {deep}", where=where)
        errors = schema_errors("config", dict(data)) + settings_errors(data, files=files)
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

    def updated(self, *, enable: Iterable[str] = (), disable: Iterable[str] = (), given_by: str | None = None,
                **changes: Any) -> "Config":
        """A copy with overrides applied; directives are appended so they win.
        ``given_by`` names where ``enable``/``disable`` came from, for errors
        about an unknown name among them; ``{switch}`` in it becomes ``enable``
        or ``disable`` (``"--{switch}"`` for the CLI flags)."""
        enable, disable = tuple(enable), tuple(disable)
        extra = tuple((d, True) for d in enable) + tuple((d, False) for d in disable)
        blame = dict(self.given_by)
        if given_by:
            in_file = {d for d, _ in self.directives}
            for switch, names in (("enable", enable), ("disable", disable)):
                blame.update({d: given_by.format(switch=switch) for d in names if d not in in_file})
        if changes.get("dialect") is not None and changes["dialect"] not in DIALECTS:
            raise ConfigError(f"dialect must be one of {', '.join(DIALECTS)}, not {changes['dialect']!r}")
        for key in ("fail_on", "profile"):
            value = changes.get(key)
            allowed = FAIL_ON if key == "fail_on" else PROFILES
            if value is not None and value not in allowed:
                raise ConfigError(f"{key} must be one of {', '.join(allowed)}, not {value!r}")
        threshold = changes.get("threshold")
        if threshold is not None and nonfinite_errors(threshold):
            raise ConfigError(f"threshold must be a finite number, not {threshold!r}")
        changes = {k: v for k, v in changes.items() if v is not None}
        return replace(self, directives=self.directives + extra, given_by=blame, **changes)

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
        """Unknown ids in settings are typos that would silently do nothing;
        rule options are checked against each rule's declarations (a Config
        built directly, not from a mapping, is checked here)."""
        errors = rule_option_errors(self.rule_options) + nonfinite_errors(
            {"threshold": self.threshold, "weights": dict(self.weights)})
        if errors:
            raise ConfigError(f"invalid setting at {errors[0]['pointer']}: {errors[0]['message']}",
                              where=self.origin, details=errors)
        names = [d for d, _ in self.directives] + list(self.severity)
        for name in unknown_names(names, known):
            raise ConfigError(f"no rule or rule group is called {name!r} (see `tqcheck rules`)",
                              where=self.given_by.get(name, self.origin))

    def selection_key(self) -> str:
        """Everything ``select`` and ``ruleset_fingerprint`` read, as one
        string: equal keys select the same rules (dict order kept, so a
        different order is at worst a different key)."""
        import json

        return json.dumps([self.lang, self.profile, self.directives, list(self.severity.items()),
                           list(self.rule_options.items())], default=repr)

    def ruleset_fingerprint(self, active: Iterable[Active]) -> str:
        import json

        from ._version import __version__
        from .digest import sha256_hex

        payload = json.dumps(
            [__version__, self.lang, self.profile, sorted((a.rule.id, a.severity, sorted(a.options.items(), key=str)) for a in active)],
            default=str,
        )
        return "sha256:" + sha256_hex(payload.encode())[:16]


def unknown_names(names: Iterable[str], known: Iterable[str]) -> list[str]:
    """The distinct names among ``names`` (directives, severity keys) that
    match no rule id in ``known``: not an id, an id prefix, ``*`` or
    ``category:…``. Each distinct name is looked up once, in a set."""
    groups = _name_set(frozenset(known))
    return [n for n in dict.fromkeys(names) if not (n == "*" or n.startswith("category:") or n in groups)]


_NAME_SETS: dict[frozenset[str], frozenset[str]] = {}


def _name_set(known: frozenset[str]) -> frozenset[str]:
    """Every rule id and every dotted prefix of one."""
    found = _NAME_SETS.get(known)
    if found is None:
        names: set[str] = set()
        for rule_id in known:
            parts = rule_id.split(".")
            names.update(".".join(parts[:k]) for k in range(1, len(parts) + 1))
        found = _NAME_SETS[known] = frozenset(names)
        if len(_NAME_SETS) > 8:
            _NAME_SETS.clear()
            _NAME_SETS[known] = found
    return found


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
                text = pyproject.read_text(encoding="utf-8")
            except (UnicodeDecodeError, OSError):
                continue
            if "\\" not in text and ("tqcheck" not in text or _TOOL_TQCHECK.search(text) is None):
                # no line can put tqcheck in the tool table (nor an escape spell it): no need to load
                # the TOML parser (4 ms of a one-file run) to learn that the file says nothing to us
                continue
            import tomllib

            try:
                data = tomllib.loads(text)
            except tomllib.TOMLDecodeError:
                continue
            if "tqcheck" in data.get("tool", {}):
                return pyproject
    return None


#: the only lines that can give a pyproject.toml a ``tool.tqcheck`` table: a ``[tool]`` or
#: ``[tool.tqcheck…]`` header, or a ``tool`` key (dotted, or an inline table). Every key and
#: header starts its own line, so a file with none of them has no such table. Quotes and
#: spaces around the names are allowed; a name spelled with escapes is caught by ``discover``'s
#: test for a backslash. Anything that matches is parsed, so a look-alike costs only the parse.
_TOOL_TQCHECK = re.compile(r"""^[ \t]*(?:\[+[ \t]*(["']?)tool\1[ \t]*(?:\]|\.[ \t]*["']?tqcheck)"""
                           r"""|(["']?)tool\2[ \t]*[.=])""", re.MULTILINE)


def load(path: Path) -> Config:
    try:
        raw = path.read_bytes().decode("utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read config file: {exc.strerror}", where=str(path)) from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"not valid UTF-8 at byte {exc.start}", where=str(path)) from exc
    import tomllib  # only when a settings file is read

    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML: {exc}", where=str(path)) from exc
    except RecursionError:
        raise ConfigError("not valid TOML: nested too deeply", where=str(path)) from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("tqcheck", {})
    cfg = Config.from_mapping(copy.deepcopy(data), where=str(path))
    # word lists named in a settings file live beside it
    files = tuple(str((path.parent / f)) if not Path(f).is_absolute() else f for f in cfg.words_files)
    cfg = replace(cfg, words_files=files)
    if cfg.glossary is not None:
        cfg = replace(cfg, glossary=str(path.parent / cfg.glossary))
    return cfg
