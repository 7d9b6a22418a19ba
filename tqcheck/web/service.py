"""The library behind the views: ready Checkers and one call per request.

A ``Checker`` resolves settings and selects rules once; building one per
request would redo that work, so checkers are kept per distinct request
settings, in an LRU cache bounded by an estimate of the memory they hold
(``checker_cache_bytes``; a request's word list is most of it) as well as
by their number. Views parse and validate input, call ``Service.check`` and
render: no rule logic lives in the web layer.

The service reads files only at start-up, and only those its own settings
file names (``words_files``, ``glossary``); a request never names a file.
"""

from __future__ import annotations

import json
import sys
from collections import OrderedDict
from dataclasses import replace
from pathlib import Path
from threading import Lock
from typing import Any, Iterable, Mapping, Sequence

from .. import langid
from ..api import Checker
from ..config import FILE_KEYS, Config, unknown_names
from ..errors import InputError
from ..report import Report
from ..rules import all_rules
from .settings import Settings

WARM_UP_TEXT = 'The minister said on Monday that talks would "continue next week."'
#: what a cached Checker holds besides its word list: its Config, rule
#: selection (shared between checkers) and resources dict
CHECKER_OVERHEAD = 8 * 1024


def words_footprint(words: Any) -> int:
    """Bytes a word list (a WordList, or a tuple of strings) holds, roughly:
    its containers and its strings."""
    if words is None:
        return 0
    sets = (words.exact, words.folded) if hasattr(words, "exact") else (words,)
    total = 0
    for container in sets:
        total += sys.getsizeof(container) + sum(sys.getsizeof(w) for w in container)
    return total


class Service:
    """Per-process state: settings, checkers, warm resources."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        base = dict(settings.base_config)
        server_files = {key: base.pop(key) for key in FILE_KEYS if key in base}
        self._base = base
        self._base_directives = Config.from_mapping(
            {k: base[k] for k in ("enable", "disable") if k in base}).directives
        self._resources, self._glossary = _server_resources(server_files, settings.config_path, base)
        self._checkers: OrderedDict[str, tuple[Checker, int]] = OrderedDict()
        self._cached_bytes = 0
        self._lock = Lock()
        self.default = self.checker()

    def warm(self) -> None:
        """Load language profiles, word lists and the like now, at worker
        start, so no request pays for them: one real check touches every
        resource the active rules use."""
        langid.warm()
        self.default.check(WARM_UP_TEXT)

    # -- checkers --------------------------------------------------------------
    @property
    def cached_bytes(self) -> int:
        """The estimated memory the cached checkers hold."""
        return self._cached_bytes

    def checker(self, settings: Mapping[str, Any] | None = None) -> Checker:
        """A ready Checker for request-level settings (see ``request_settings``)."""
        settings = settings or {}
        key = json.dumps(settings, sort_keys=True, ensure_ascii=False)
        with self._lock:
            found = self._checkers.get(key)
            if found is not None:
                self._checkers.move_to_end(key)
                return found[0]
        checker = Checker(self.config_for(settings), resources=self._resources, glossary=self._glossary)
        cost = self._footprint(key, checker)
        budget = self.settings.checker_cache_bytes
        if cost > budget // 4:
            return checker  # too big to keep: built for this request only
        with self._lock:
            if key not in self._checkers:
                self._checkers[key] = (checker, cost)
                self._cached_bytes += cost
            while self._checkers and (len(self._checkers) > self.settings.checker_cache
                                      or self._cached_bytes > budget):
                _, (_, freed) = self._checkers.popitem(last=False)
                self._cached_bytes -= freed
        return checker

    def _footprint(self, key: str, checker: Checker) -> int:
        words = checker.resources.get("words")
        shared = words is not None and words is self._resources.get("words")
        return (CHECKER_OVERHEAD + sys.getsizeof(key) + words_footprint(checker.config.words)
                + (0 if shared else words_footprint(words)))

    def config_for(self, settings: Mapping[str, Any]) -> Config:
        """Server defaults, then the request's ``options``, then its
        top-level switches (language, profile, enable, disable). Request
        options may not name files."""
        mapping = {k: v for k, v in self._base.items() if k not in ("enable", "disable")}
        mapping.update(settings.get("options") or {})
        cfg = Config.from_mapping(mapping, where="options", files=False)
        # the server's rule switches first, so the request's win over them
        cfg = replace(cfg, directives=self._base_directives + cfg.directives)
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
            checker = Checker(cfg, resources=self._resources, glossary=parsed)
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

    ``items`` are (JSON pointer, directive). Each distinct directive is
    looked up once, with the library's own rule-name check; a repeated one
    is reported at its first pointer.
    """
    first: dict[str, str] = {}
    for pointer, directive in items:
        first.setdefault(directive, pointer)
    if not first:  # most requests name no rule: skip gathering every rule id
        return []
    known = {r.id for r in all_rules()}
    return [{"pointer": first[name], "message": f"no rule or rule group is called {name!r} (see `tqcheck rules`)"}
            for name in unknown_names(first, known)]


def _server_resources(files: Mapping[str, Any], config_path: str | None,
                      base: Mapping[str, Any]) -> tuple[dict[str, Any], Any]:
    """The word lists and glossary the server's own settings file names,
    read once at start-up (relative paths from the settings file's folder)."""
    from ..glossary.read import load as load_glossary
    from ..lexicon.userwords import WordList, read_words_file

    folder = Path(config_path).parent if config_path else Path(".")
    resources: dict[str, Any] = {}
    words: list[str] = []
    for name in files.get("words_files", ()):
        words.extend(read_words_file(folder / name))
    if words:
        resources["words"] = WordList(words)
    glossary = None
    if files.get("glossary"):
        cfg = Config.from_mapping(base, where=config_path or "base_config")
        glossary = load_glossary(folder / files["glossary"], source_lang=cfg.source_lang, target_lang=cfg.lang)
    return resources, glossary
