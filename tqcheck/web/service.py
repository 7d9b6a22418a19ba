"""The library behind the views: ready Checkers and one call per request.

A ``Checker`` resolves settings and selects rules once; building one per
request would redo that work, so checkers are kept per distinct request
settings (an LRU cache: the usual case is one or two settings in use).
Views parse and validate input, call ``Service.check`` and render: no rule
logic lives in the web layer.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from threading import Lock
from typing import Any, Iterable, Mapping, Sequence

from .. import langid
from ..api import Checker
from ..config import Config
from ..errors import ConfigError, InputError
from ..report import Report
from ..rules import all_rules
from .settings import Settings

WARM_UP_TEXT = 'The minister said on Monday that talks would "continue next week."'


class Service:
    """Per-process state: settings, checkers, warm resources."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._checkers: OrderedDict[str, Checker] = OrderedDict()
        self._lock = Lock()
        self.default = self.checker()

    def warm(self) -> None:
        """Load language profiles, word lists and the like now, at worker
        start, so no request pays for them: one real check touches every
        resource the active rules use."""
        langid.warm()
        self.default.check(WARM_UP_TEXT)

    # -- checkers --------------------------------------------------------------
    def checker(self, settings: Mapping[str, Any] | None = None) -> Checker:
        """A ready Checker for request-level settings (see ``request_settings``)."""
        settings = settings or {}
        key = json.dumps(settings, sort_keys=True, ensure_ascii=False)
        with self._lock:
            found = self._checkers.get(key)
            if found is not None:
                self._checkers.move_to_end(key)
                return found
        checker = Checker(self.config_for(settings))
        with self._lock:
            self._checkers[key] = checker
            while len(self._checkers) > self.settings.checker_cache:
                self._checkers.popitem(last=False)
        return checker

    def config_for(self, settings: Mapping[str, Any]) -> Config:
        """Server defaults, then the request's ``options``, then its
        top-level switches (language, profile, enable, disable)."""
        mapping = dict(self.settings.base_config)
        options = dict(settings.get("options") or {})
        for key in ("enable", "disable"):
            options[key] = list(mapping.get(key, ())) + list(options.get(key, ()))
        mapping.update(options)
        cfg = Config.from_mapping(mapping, where="options")
        return cfg.updated(
            enable=settings.get("enable", ()),
            disable=settings.get("disable", ()),
            lang=settings.get("language"),
            source_lang=settings.get("source_language"),
            profile=settings.get("profile"),
        )

    # -- checking --------------------------------------------------------------
    def check(
        self,
        text: str,
        *,
        settings: Mapping[str, Any] | None = None,
        source: str | None = None,
        references: Sequence[str] = (),
        glossary: str | None = None,
        glossary_format: str | None = None,
        glossary_name: str | None = None,
        name: str | None = None,
    ) -> Report:
        if glossary is None:
            checker = self.checker(settings)
        else:
            # a glossary belongs to one request: a Checker of its own, not cached
            from ..glossary.read import loads, sniff

            cfg = self.config_for(settings or {})
            fmt = glossary_format or sniff(glossary, glossary_name)
            try:
                parsed = loads(glossary, fmt, source_lang=cfg.source_lang, target_lang=cfg.lang,
                               name=glossary_name or "glossary")
            except InputError as exc:  # point API clients at the field
                raise InputError(str(exc), where="/glossary") from None
            from ..glossary.limits import check_limits

            check_limits(parsed, where="/glossary")  # issue 16, finding 4: 413 past the caps
            checker = Checker(cfg, glossary=parsed)
        return checker.check(text, source=source, references=references, name=name,
                             score_budget=score_work_budget(text, references))


    def score(self, text: str, references: Sequence[str], *, lang: str = "en", name: str | None = None) -> dict[str, Any]:
        """The ``tqcheck score --format json`` shape (``schemas/score.schema.json``)
        for one translation against ``references``."""
        from ..scoring import compare  # sacrebleu loads only when something is scored

        label = name or "text"
        ref_names = [f"references[{i}]" for i in range(len(references))]
        result = compare({label: text}, dict(zip(ref_names, references)), lang=lang,
                         budget=score_work_budget(text, references))
        return result.to_document(ref_names)


def score_work_budget(text: str, references: Sequence[str]) -> int:
    """Scoring work one request may spend (issue 16, finding 2): TER past
    it is reported incomplete rather than holding a worker for many seconds."""
    from ..scoring.options import service_work_budget

    size = sum(len(t.encode("utf-8", "surrogatepass")) for t in (text, *references) if isinstance(t, str))
    return service_work_budget(size)


def directive_errors(items: Iterable[tuple[str, str]]) -> list[dict[str, str]]:
    """Every rule switch that names no rule, as ``{"pointer", "message"}``.

    ``items`` are (JSON pointer, directive). Each is tried on its own through
    the library's own rule selection, so the answer is the library's.
    """
    errors = []
    rules = all_rules()
    for pointer, directive in items:
        try:
            Config(directives=((directive, True),)).select(rules)
        except ConfigError as exc:
            errors.append({"pointer": pointer, "message": exc.message})
    return errors
