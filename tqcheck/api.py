"""The library entry point: ``check(text, ...) -> Report``.

This is the whole data flow in one place; the CLI, the web views and the
batch runner only parse input, call it, and render what it returns.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

from ._version import __version__
from .checker import run_limited
from .config import Active, Config
from .digest import sha256_hex
from .errors import InputError
from .gcsettle import due as settle_due
from .gcsettle import paused, settle
from .inputs import validate_text as validate_text  # re-exported: tqcheck.api.validate_text
from .quality import assess
from .quality import score as segment_score
from .report import Language, Report, Stats, Tool
from .rules import all_rules
from .text import Document
from .unit import Unit

if TYPE_CHECKING:  # read on first use: a check of one text reads no segments
    from .segment_input import Segment


#: sources up to this many characters are kept for the next check (``Checker._keep_source``):
#: segments, not a document's tables
KEEP_SOURCE = 4_000


def resolve_config(config: Config | Mapping[str, Any] | None) -> Config:
    if config is None:
        return Config()
    if isinstance(config, Config):
        return config
    if isinstance(config, Mapping):
        return Config.from_mapping(config, where="options")
    raise InputError(f"config must be a Config or a mapping, not {type(config).__name__}")


class Checker:
    """Settings and rule selection resolved once, then any number of checks.

    Servers and batch runs build one ``Checker`` and reuse it; ``check()``
    below is the one-shot form.
    """

    def __init__(
        self,
        config: Config | Mapping[str, Any] | None = None,
        *,
        resources: Mapping[str, Any] | None = None,
        lang: str | None = None,
        enable: Iterable[str] = (),
        disable: Iterable[str] = (),
        glossary: Any = None,
        reuse_sources: bool = False,
    ) -> None:
        """``reuse_sources``: keep a short source document, with what was
        read off it, for the next check in the same thread (``_keep_source``);
        for a batch, whose input holds each source once per system output."""
        self.config = resolve_config(config).updated(enable=enable, disable=disable, lang=lang,
                                                     given_by="the {switch}= argument")
        self.active, ruleset = _selected(self.config)
        self.resources = _with_spelling_resources(self.config, dict(resources or {}))
        glossary = glossary if glossary is not None else self.resources.get("glossary", self.config.glossary)
        if glossary is not None:
            from .glossary.read import coerce

            # loaded once here, so a batch or a server reads the file once
            self.resources["glossary"] = coerce(glossary, source_lang=self.config.source_lang,
                                                target_lang=self.config.lang)
        self.tool: Tool = {"name": "tqcheck", "version": __version__, "ruleset": ruleset}
        # Which active rules apply to a unit depends only on what the unit
        # holds (its language, a source, references, the resources a rule
        # requires) and whether its target is blank: asking ~180 rules
        # ``applies_to`` on every check cost a short text a tenth of its check.
        self._needs = tuple(sorted({n for a in self.active for n in a.rule.requires} - {"source", "references"}))
        self._runnable: dict[tuple[Any, ...], tuple[Active, ...]] = {}
        self.reuse_sources = reuse_sources
        # the last source checked, per thread (``_keep_source``)
        self._kept = threading.local()

    def check(
        self,
        text: str,
        *,
        source: str | None = None,
        references: Sequence[str] = (),
        name: str | None = None,
        segment: str | None = None,
        score_budget: Any = None,
    ) -> Report:
        """Check one text (a document, or one segment when ``segment`` names it).

        ``score_budget`` bounds the work of scoring against ``references``
        (``tqcheck.scoring.work`` units; None: no limit); a metric it does not
        cover is named in the ``scores`` section's ``incomplete``.

        With a ``source``, an empty target is reported as an issue rather
        than refused, and the report gains ``source`` stats and, for whole
        documents, the sentence ``alignment`` the source checks used.
        """
        cfg = self.config
        if source is not None:
            validate_text(source, "source")
            if not isinstance(text, str) or text.strip():
                validate_text(text)
        else:
            validate_text(text)
        if isinstance(references, str):
            raise InputError("references must be a list of strings, not one string")
        for i, ref in enumerate(references):
            validate_text(ref, f"references[{i}]")
        # No cyclic collection during the check: the document, the alignment and the views hold
        # a few objects per word that live to the end of the check, and every collection on the way
        # walked them again (about a sixth of a sourced check's CPU at 1 MB). A check makes almost
        # no cyclic garbage (a handful of objects at 1 MB), so memory does not grow; see gcsettle.
        with paused():
            unit = self._unit(text, source, references, segment)
            doc = unit.target
            issues, found, stopped = run_limited(unit, self.runnable(unit), cfg.max_issues or None, checked=True)
            sections = source_sections(unit)
            if unit.references:
                from .scoring import score as score_references  # loads sacrebleu: only when scoring

                sections["scores"] = score_references(doc, unit.references, lang=cfg.lang,
                                                      budget=score_budget).to_dict()
            report = Report(
                tool=self.tool,
                input={"name": name} if name else {},
                stats=document_stats(doc),
                language=self._language(doc.language),
                issues=issues,
                quality=assess(issues, doc.word_count, cfg.weights, cfg.threshold, cfg.fail_on),
                sections=sections,
                text=text,
            )
            if found > len(issues):
                report.sections["truncated"] = truncated_section(cfg.max_issues, found, stopped)
            release(unit, source=False)
            # inside the pause: what the check made is let go before the collector runs again
            self._keep_source(unit.source, doc)
            del unit, doc  # the document holds reference cycles: it must not be frozen with the tables
        settle()
        return report

    def check_segments(self, segments: Iterable[Mapping[str, Any] | Segment], *, name: str | None = None) -> Report:
        """Check aligned segments ``[{id, target, source?, references?}, ...]``.

        Each segment is checked on its own; every issue carries its
        ``segment`` id and offsets into that segment's target (or source,
        for ``side: "source"``). Stats and the quality score cover all
        segments together; the ``segments`` section lists each one.
        ``max_issues`` applies to each segment.
        """
        from .segment_input import read_segments

        cfg = self.config
        items = read_segments(segments)
        issues, rows, docs = [], [], []
        truncated = 0
        stopped: dict[str, None] = {}
        for seg in items:
            unit = self._unit(seg.target, seg.source, seg.references, seg.id)
            doc = unit.target
            kept, found, stopped_here = run_limited(unit, self.runnable(unit), cfg.max_issues or None, checked=True)
            truncated += found - len(kept)
            stopped.update(dict.fromkeys(stopped_here))
            issues.extend(kept)
            docs.append(doc)
            penalty = float(sum(cfg.weights.get(i.severity, 0.0) for i in kept))
            rows.append({"id": seg.id, "words": doc.word_count, "issues": len(kept), "penalty": round(penalty, 4),
                         "score": round(segment_score(penalty, doc.word_count), 2)})
        words = sum(d.word_count for d in docs)
        from .langid import identify

        report = Report(
            tool=self.tool,
            input={"name": name} if name else {},
            stats=segments_stats(docs),
            language=self._language(identify("\n".join(d.text for d in docs), cfg.lang)),
            issues=issues,
            quality=assess(issues, words, cfg.weights, cfg.threshold, cfg.fail_on),
            sections={"segments": rows},
        )
        if truncated:
            report.sections["truncated"] = truncated_section(cfg.max_issues, len(issues) + truncated, stopped)
        del docs
        if items:
            del unit, doc
        settle()
        return report

    def runnable(self, unit: Unit) -> tuple[Active, ...]:
        """The active rules that apply to ``unit`` (``active_for``, then
        ``Rule.applies_to``), in order; selected once per kind of unit."""
        resources = unit.resources
        key = (unit.target.lang, unit.source is not None, bool(unit.references),
               tuple(resources.get(n) is not None for n in self._needs), _blank(unit.target.text))
        found = self._runnable.get(key)
        if found is None:
            found = tuple(a for a in active_for(unit, self.active) if a.rule.applies_to(unit))
            if len(self._runnable) >= 64:  # languages come from requests: keep it bounded
                self._runnable.clear()
            self._runnable[key] = found
        return found

    def _keep_source(self, src: Document | None, target: Document) -> None:
        """Keep a short source document, with what was read off it, for the
        next check in this thread; release the one kept before.

        Batch input holds each source once per system output (23 outputs of
        one source in a row in newstest2021): its segmentation, numbers,
        dates and sentences are then read once, not once per output. Only
        what is read off the source alone is reused: what pairs it with a
        target is kept with ``memo_with``, by target, and dropped here with
        ``target``. Not kept when the next ``settle`` may freeze, so no
        document's cycles are ever frozen. Only with ``reuse_sources``: a
        server's cached Checkers keep nothing."""
        local = self._kept
        kept: Document | None = getattr(local, "doc", None)
        keep = (self.reuse_sources and src is not None and len(src.text) <= KEEP_SOURCE
                and not settle_due())
        if kept is not None and (kept is not src or not keep):
            kept.release()
            local.doc = None
        if src is not None and src is not kept and not keep:
            src.release()
        if keep and src is not None:
            src.forget(target)  # this check's alignment and pairs: nothing asks for them again
            local.doc = src

    def _source(self, source: str) -> Document:
        kept: Document | None = getattr(self._kept, "doc", None)
        if kept is not None and kept.text == source:
            return kept
        return Document(source, self.config.source_lang)

    def _unit(self, text: str, source: str | None, references: Sequence[str], segment: str | None) -> Unit:
        cfg = self.config
        return Unit(
            target=Document(text, cfg.lang, has_source=source is not None),
            source=self._source(source) if source is not None else None,
            references=tuple(Document(r, cfg.lang) for r in references),
            segment=segment,
            profile=cfg.profile,
            resources=self.resources,
        )

    def _language(self, detection: Any) -> Language:
        return {
            "expected": self.config.lang,
            "detected": detection.lang if detection else None,
            "confidence": detection.confidence if detection else None,
            "method": detection.method if detection else None,
        }


#: rule selections by settings, with their fingerprints: the web service
#: builds a Checker per request, and selecting 66 rules and hashing the
#: result cost a quarter of checking a short paragraph
_SELECTED: dict[str, tuple[tuple[Active, ...], str]] = {}
_SELECTED_MAX = 256


def _selected(cfg: Config) -> tuple[tuple[Active, ...], str]:
    # hashed: a key holds every directive and rule option, and the cache
    # should not keep hundreds of long ones
    key = sha256_hex(cfg.selection_key().encode("utf-8", "surrogatepass"))
    hit = _SELECTED.get(key)
    if hit is None:
        active = tuple(cfg.select(all_rules()))  # raises on an unknown rule name, every time
        hit = (active, cfg.ruleset_fingerprint(active))
        if len(_SELECTED) >= _SELECTED_MAX:
            _SELECTED.clear()
        _SELECTED[key] = hit
    return hit


def _with_spelling_resources(cfg: Config, resources: dict[str, Any]) -> dict[str, Any]:
    """Merge the user's words (config, word-list files, API resources) into
    one ``WordList`` and pass the spelling dialect, read once per Checker."""
    from .lexicon.userwords import WordList, read_words_file

    words = list(cfg.words)
    for path in cfg.words_files:
        words.extend(read_words_file(path))
    given = resources.get("words")
    if isinstance(given, WordList) and not words:
        pass  # shared as it is: a server's word list is not copied into every Checker
    elif given is not None:
        if isinstance(given, str):
            raise InputError("resources['words'] must be a list of words, not one string")
        words.extend(given.exact if isinstance(given, WordList) else given)
    if words:
        resources["words"] = WordList(words)
    if cfg.dialect != "auto":
        resources.setdefault("dialect", cfg.dialect)
    return resources


def check(
    text: str,
    *,
    source: str | None = None,
    references: Sequence[str] = (),
    resources: Mapping[str, Any] | None = None,
    lang: str | None = None,
    config: Config | Mapping[str, Any] | None = None,
    enable: Iterable[str] = (),
    disable: Iterable[str] = (),
    name: str | None = None,
    glossary: Any = None,
) -> Report:
    """Check a translation and return its report.

    ``source`` is the original text and ``references`` trusted translations,
    both optional; rules that need them are skipped without them. With
    references the report has a ``scores`` section (BLEU, chrF, chrF++, TER
    and aligned sentence pairs; see ``tqcheck.scoring``).
    ``resources`` passes run-wide inputs to rules by name (a glossary, a
    word list). ``glossary`` is a glossary file path, a mapping in the
    ``schemas/glossary.schema.json`` shape or a ``tqcheck.glossary.Glossary``.
    ``config`` is a ``Config`` or a mapping in the config-file
    shape; ``enable``/``disable`` add rule directives on top of it;
    ``lang`` overrides the expected target language.
    """
    checker = Checker(config, resources=resources, lang=lang, enable=enable, disable=disable, glossary=glossary)
    return checker.check(text, source=source, references=references, name=name)


def check_segments(
    segments: Iterable[Mapping[str, Any] | Segment],
    *,
    resources: Mapping[str, Any] | None = None,
    lang: str | None = None,
    config: Config | Mapping[str, Any] | None = None,
    enable: Iterable[str] = (),
    disable: Iterable[str] = (),
    name: str | None = None,
) -> Report:
    """Check a list of aligned segments ``{id, target, source?, references?}``
    and return one report; see ``Checker.check_segments``."""
    checker = Checker(config, resources=resources, lang=lang, enable=enable, disable=disable)
    return checker.check_segments(segments, name=name)


def truncated_section(max_issues: int, found: int, stopped: Iterable[str]) -> dict[str, Any]:
    """The report's ``truncated`` section: issues kept, findings built, and
    the rules stopped after ``max_issues`` findings (then ``found`` is a
    lower bound: those rules had more)."""
    out: dict[str, Any] = {"max_issues": max_issues, "found": found}
    stopped = sorted(set(stopped))
    if stopped:
        out["rules_stopped"] = stopped
    return out


def active_for(unit: Unit, active: Sequence[Any]) -> Sequence[Any]:
    """A blank target has nothing to check on its own: only the rules that
    compare it with its source run (and report it empty)."""
    if unit.target.text.strip():
        return active
    return [a for a in active if "source" in a.rule.requires]


def segments_stats(docs: Sequence[Document]) -> Stats:
    each = [document_stats(d) for d in docs]
    return {
        "characters": sum(s["characters"] for s in each),
        "words": sum(s["words"] for s in each),
        "sentences": sum(s["sentences"] for s in each),
        "paragraphs": sum(s["paragraphs"] for s in each),
        "lines": max(sum(s["lines"] for s in each), 1),
    }


def source_sections(unit: Unit) -> dict[str, Any]:
    """Report sections that describe the source: its stats and, for a
    whole document, which source sentences were compared with which target
    sentences."""
    if unit.source is None:
        return {}
    out: dict[str, Any] = {"source": document_stats(unit.source)}
    if unit.segment is None:
        from .align import alignment_section

        out["alignment"] = alignment_section(unit)
    return out


def document_stats(doc: Document) -> Stats:
    return {
        "characters": len(doc.text),
        "words": doc.word_count,
        "sentences": len(doc.sentences),
        "paragraphs": len(doc.paragraphs),
        "lines": len(doc.line_starts),
    }


def _blank(text: str) -> bool:
    # ``not text.strip()`` without copying the text
    return not text or text.isspace()


def release(unit: Unit, *, source: bool = True) -> None:
    """Let the unit's documents go by reference counting (``Document.release``);
    with ``source=False`` the caller decides about the source document."""
    for doc in (unit.target, unit.source if source else None, *unit.references):
        if doc is not None:
            doc.release()
