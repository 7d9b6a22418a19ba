"""The rule model: what a rule is (``Rule``), what its check returns
(``Finding``), its examples (``bad``, ``good``) and options (``Option``).

The kinds that build a rule's check from a description are in ``kinds``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping

from ..taxonomy import CATEGORIES, SEVERITIES
from ..text.words import INDEXED_WORDS, index_words
from ..unit import Unit

OPEN_MARK, CLOSE_MARK = "⟦", "⟧"
ID_RE = re.compile(r"^[a-z][a-z0-9]*(?:\.[a-z0-9][a-z0-9-]*){1,3}$")

CheckFn = Callable[[Unit, Mapping[str, Any]], Iterable["Finding"]]


@dataclass(frozen=True, slots=True)
class Finding:
    """What a rule reports; the checker turns it into an ``Issue``.

    ``args`` fill the rule's message template. ``side`` says which text the
    offsets point into (``target`` or ``source``).
    """

    start: int
    end: int
    args: Mapping[str, Any] = field(default_factory=dict)
    suggestions: tuple[str, ...] = ()
    side: str = "target"
    severity: str | None = None  # rare per-finding override, e.g. by size
    #: what the finding was judged against: ``(side, start, end)``, e.g. the
    #: target neighbourhood where an omitted source clause would have gone
    related: tuple[str, int, int] | None = None


@dataclass(frozen=True)
class Example:
    text: str
    span: tuple[int, int] | None = None  # bad examples only
    side: str = "target"
    fix: str | None = None
    source: str | None = None
    references: tuple[str, ...] = ()
    resources: Mapping[str, Any] = field(default_factory=dict)
    options: Mapping[str, Any] = field(default_factory=dict)
    profile: str = "news"

    @property
    def is_bad(self) -> bool:
        return self.span is not None


def _unmark(marked: str) -> tuple[str, tuple[int, int]]:
    a = marked.find(OPEN_MARK)
    b = marked.find(CLOSE_MARK)
    if a < 0 or b < a or marked.count(OPEN_MARK) != 1 or marked.count(CLOSE_MARK) != 1:
        raise ValueError(f"a bad example needs exactly one {OPEN_MARK}…{CLOSE_MARK} span: {marked!r}")
    return marked[:a] + marked[a + 1:b] + marked[b + 1:], (a, b - 1)


def bad(marked: str, fix: str | None = None, *, source: str | None = None, **kw: Any) -> Example:
    """An example the rule must flag exactly at the ``⟦…⟧`` span.

    The marker goes in the target, or in ``source`` for source-side issues.
    """
    if source is not None and OPEN_MARK in source:
        clean_src, span = _unmark(source)
        return Example(marked, span, "source", fix, clean_src, **kw)
    text, span = _unmark(marked)
    return Example(text, span, "target", fix, source, **kw)


def good(text: str, *, source: str | None = None, **kw: Any) -> Example:
    """A look-alike the rule must not flag anywhere."""
    return Example(text, None, "target", None, source, **kw)


@dataclass(frozen=True)
class Option:
    """The declaration of one rule option: its default, its type and, where
    they are obvious, its bounds or allowed values. Settings are checked
    against it when they load (``rules.<id>.<key>`` in errors), so a rule
    never sees a value of the wrong type.

    ``type`` is ``int``, ``float`` (any finite number), ``bool`` or ``str``;
    ``nullable`` lets ``None`` stand for "not set" (TOML has no null, JSON
    does).
    """

    default: Any
    type: type
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[Any, ...] | None = None
    nullable: bool = False

    @classmethod
    def of(cls, default: Any) -> "Option":
        """The declaration a plain default implies: its own type, no bounds."""
        if isinstance(default, Option):
            return default
        kind = type(default)
        if kind not in (bool, int, float, str):
            raise ValueError(f"declare option default {default!r} with Option(...): its type is not implied")
        return cls(default, kind)

    def error(self, value: Any) -> str | None:
        """Why ``value`` is not acceptable, or None."""
        if value is None:
            return None if self.nullable else f"must be {self.describe()}, not null"
        kind = self.type
        if kind is bool:
            ok = isinstance(value, bool)
        elif kind is int:
            ok = isinstance(value, int) and not isinstance(value, bool)
        elif kind is float:
            ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        else:
            ok = isinstance(value, kind)
        if not ok:
            return f"must be {self.describe()}, not {_json_type(value)} {_short(value)}"
        if kind in (int, float):
            try:
                finite = math.isfinite(value)
            except OverflowError:
                finite = False
            if not finite:
                return f"must be a finite number, not {_short(value)}"
            if self.minimum is not None and value < self.minimum:
                return f"must be at least {self.minimum:g}, not {_short(value)}"
            if self.maximum is not None and value > self.maximum:
                return f"must be at most {self.maximum:g}, not {_short(value)}"
        if self.choices is not None and value not in self.choices:
            return f"must be one of {', '.join(map(str, self.choices))}, not {_short(value)}"
        return None

    def describe(self) -> str:
        name = {bool: "true or false", int: "a whole number", float: "a number", str: "a string"}[self.type]
        return name + (" or null" if self.nullable else "")

    def to_dict(self) -> dict[str, Any]:
        """The declaration as JSON (for catalogues and docs)."""
        d: dict[str, Any] = {"default": self.default,
                             "type": {bool: "boolean", int: "integer", float: "number", str: "string"}[self.type]}
        if self.minimum is not None:
            d["minimum"] = self.minimum
        if self.maximum is not None:
            d["maximum"] = self.maximum
        if self.choices is not None:
            d["enum"] = list(self.choices)
        if self.nullable:
            d["nullable"] = True
        return d


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, (list, tuple)):
        return "array"
    if isinstance(value, Mapping):
        return "object"
    return type(value).__name__


def _short(value: Any) -> str:
    if isinstance(value, (list, tuple, Mapping)):
        return f"of {len(value)} items"
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 10**30:
        return f"of {len(str(abs(value)))} digits"
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    severity: str
    message: str
    description: str
    check: CheckFn
    examples: tuple[Example, ...]
    enabled: bool = True
    options: Mapping[str, Any] = field(default_factory=dict)
    requires: frozenset[str] = frozenset()
    #: profiles the rule runs in by default; None means every profile
    profiles: frozenset[str] | None = None
    #: target languages (base codes) the rule applies to; None means any
    langs: frozenset[str] | None = None
    #: option name -> its declaration (built from ``options``, where a plain
    #: default declares its own type and an ``Option`` says more)
    option_specs: Mapping[str, Option] = field(default_factory=dict, compare=False, repr=False)
    #: why the rule exists, for its documentation (``tqcheck rules ID``); the
    #: registry fills it from the family's ``_docs.py`` when a rule leaves it out
    rationale: str = field(default="", compare=False)
    #: a style-guide or typology page that backs the rule, where one exists
    link: str | None = field(default=None, compare=False)
    #: words (lower case, ``’`` read as ``'``) of which the target must hold
    #: one for the rule to find anything; None: no such promise. The checker
    #: tests them for every rule in one set operation against the target's
    #: word index and does not call a rule none of whose words is there: on a
    #: segment most rules' words are absent, and calling each rule to learn
    #: that cost a fifth of the segment's check. A promise that is not kept
    #: loses findings: declare only words every finding needs.
    triggers: frozenset[str] | None = field(default=None, compare=False)
    #: how many words were indexed once ``triggers`` were: a document whose
    #: index was made from at least as many holds them all (the set only grows)
    indexed_at: int = field(default=0, init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.triggers is not None:
            keys = frozenset(t.lower().replace("’", "'") for t in self.triggers)
            index_words(keys)  # so the checker's test is one set operation
            object.__setattr__(self, "triggers", keys)
            object.__setattr__(self, "indexed_at", len(INDEXED_WORDS))
        # dataclasses.replace() hands the resolved defaults back in: keep their
        # declarations rather than re-deriving a type from a default such as None.
        known = getattr(self, "option_specs", None) or {}
        specs = {name: known[name] if name in known and not isinstance(value, Option) and value == known[name].default
                 else Option.of(value) for name, value in self.options.items()}
        object.__setattr__(self, "option_specs", specs)
        object.__setattr__(self, "options", {name: spec.default for name, spec in specs.items()})
        if not ID_RE.match(self.id):
            raise ValueError(f"bad rule id {self.id!r}")
        if self.category not in CATEGORIES:
            raise ValueError(f"{self.id}: unknown category {self.category!r}")
        if self.severity not in SEVERITIES:
            raise ValueError(f"{self.id}: unknown severity {self.severity!r}")

    def option_errors(self, values: Mapping[str, Any]) -> list[tuple[str, str]]:
        """(key, message) for every option in ``values`` this rule does not
        declare or whose value its declaration refuses."""
        errors = []
        for key, value in values.items():
            spec = self.option_specs.get(key)
            if spec is None:
                known = ", ".join(sorted(self.option_specs)) or "none"
                errors.append((key, f"{self.id} has no option {key!r} (its options: {known})"))
                continue
            problem = spec.error(value)
            if problem:
                errors.append((key, problem))
        return errors

    @property
    def family(self) -> str:
        return self.id.split(".", 1)[0]

    def applies_to(self, unit: Unit) -> bool:
        langs, requires = self.langs, self.requires
        if langs is not None and unit.target.lang.split("-")[0] not in langs:
            return False
        return not requires or all(map(unit.has, requires))

    def format(self, text: str, finding: Finding) -> str:
        args = {"found": text[finding.start:finding.end]}
        if finding.suggestions:
            args["fix"] = finding.suggestions[0]
        args.update(finding.args)
        try:
            return self.message.format(**args)
        except (KeyError, IndexError) as exc:  # a rule bug: keep the message usable
            raise ValueError(f"{self.id}: message template needs {exc}") from exc


# --------------------------------------------------------------------------
# Rule kinds
