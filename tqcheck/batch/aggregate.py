"""One report for a whole bilingual file, built from its segments' reports:
the ``json`` format's "one report per input file".

Issues keep their segment id (offsets are into that segment's text);
stats add up; quality is scored over all the file's words and issues, as
MQM scores a document. Checked segments are listed in ``segments`` as
``Checker.check_segments`` lists them; unreadable and skipped ones in
``errors`` and ``skipped``.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, NamedTuple

from ..langid import DETECTOR
from ..quality import assess
from .results import CHECKED, ERROR

STATS = ("characters", "words", "sentences", "paragraphs", "lines")


class _Scored(NamedTuple):
    severity: str
    category: str


class FileReport:
    def __init__(self, name: str, fmt: str, info: dict[str, Any]):
        self.name, self.format, self.info = name, fmt, info
        self.stats: Counter[str] = Counter()
        self.issues: list[dict[str, Any]] = []
        self.languages: Counter[str] = Counter()
        self.confidence: dict[str, tuple[float, int]] = {}  # language -> (sum, segments judged)
        self.rows: list[dict[str, Any]] = []
        self.errors: list[dict[str, Any]] = []
        self.skipped: list[dict[str, Any]] = []
        self.document: dict[str, Any] | None = None
        self.unreadable = False

    def add(self, record: dict[str, Any]) -> None:
        """Add one result in its JSON Lines form (``Result.to_dict``)."""
        where = {"line": record["line"], "segment": record["segment"]}
        if record["type"] == ERROR:
            self.errors.append({**where, "message": record["error"]})
            self.unreadable |= record["line"] is None and record["segment"] is None
        elif record["type"] != CHECKED:
            self.skipped.append({**where, "reason": record["reason"]})
        elif record["segment"] is None:
            self.document = record["report"]  # a whole document is its own report
        else:
            report = record["report"]
            self.rows.append({"id": record["segment"], "words": report["stats"]["words"],
                              "issues": len(report["issues"]), "penalty": report["quality"]["penalty"],
                              "score": report["quality"]["score"]})
            self.stats.update({k: report["stats"][k] for k in STATS})
            self.issues.extend(report["issues"])
            lang = report["language"]
            if lang["detected"]:
                self.languages[lang["detected"]] += 1
                if lang["confidence"] is not None:  # None: known by its function words, no detector run
                    judged = self.confidence.get(lang["detected"], (0.0, 0))
                    self.confidence[lang["detected"]] = (judged[0] + lang["confidence"], judged[1] + 1)

    def to_dict(self) -> dict[str, Any] | None:
        """The file's report, or None when nothing in it could be checked."""
        if self.document is not None:
            return self.document
        if self.unreadable and not self.rows and not self.skipped:
            return None  # reported as an error, not as an empty report
        detected, confidence, method = None, None, None
        if self.languages:
            detected = self.languages.most_common(1)[0][0]
            # the detector's mean probability over the segments it judged; when
            # function words settled every one, no detector ran and none is given
            total, judged = self.confidence.get(detected, (0.0, 0))
            if judged:
                confidence, method = round(total / judged, 4), DETECTOR
            else:
                method = "function-words"
        quality = assess(
            [_Scored(i["severity"], i["category"]) for i in self.issues],
            self.stats["words"], self.info["weights"], self.info["threshold"], self.info.get("fail_on", "major"),
        )
        stats = {k: self.stats[k] for k in STATS}
        stats["lines"] = max(1, stats["lines"])
        return {
            "tqcheck": self.info["tool"],
            "input": {"name": self.name, "format": self.format},
            "stats": stats,
            "language": {"expected": self.info["lang"], "detected": detected, "confidence": confidence,
                         "method": method},
            "issues": self.issues,
            "segments": self.rows,
            "errors": self.errors,
            "skipped": self.skipped,
            "quality": quality,
        }
