"""SARIF 2.1.0, so code-scanning tools show findings inline.

Streamed: results are written as they come; the run's artifacts, the error
notifications and the summary follow them. For a plain-text document the
region is the issue's line and columns (columns count code points, as
``columnKind`` says); for a segment of a bilingual file it is the line the
segment sits on, with the segment id as a logical location, since offsets
inside an escaped JSON or XML string are not columns of the file.
"""

from __future__ import annotations

import json
import os
from pathlib import PurePath
from typing import Any, TextIO
from urllib.parse import quote

from .. import ruledoc

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVEL = {"critical": "error", "major": "error", "minor": "warning", "neutral": "note"}
STDIN_URI = "stdin"


def uri(name: str) -> str:
    if name.startswith("<") and name.endswith(">"):
        return STDIN_URI
    if os.path.isabs(name):
        return PurePath(name).as_uri()
    return quote(PurePath(name).as_posix(), safe="/")


#: examples of each kind shown in a rule's ``help`` (``tqcheck rules ID`` shows them all)
HELP_EXAMPLES = 3


def rule_descriptor(rule: dict[str, Any]) -> dict[str, Any]:
    """A rule's reportingDescriptor: its description, why it exists
    (``fullDescription``), its documentation (``help``, text and Markdown,
    as ``tqcheck rules ID`` prints it) and the page it rests on (``helpUri``)."""
    out: dict[str, Any] = {
        "id": rule["id"],
        "shortDescription": {"text": rule["description"]},
    }
    doc = _doc(rule["id"])
    if doc is not None:
        doc = {**doc, "severity": rule["severity"]}  # the severity this run uses
        out["fullDescription"] = {"text": f"{doc['description']} {doc['rationale']}".strip()}
        out["help"] = {"text": ruledoc.to_text(doc, max_examples=HELP_EXAMPLES)
                       + f"\nAll examples: tqcheck rules {rule['id']}\n",
                       "markdown": ruledoc.to_markdown(doc, level=3, max_examples=HELP_EXAMPLES)
                       + f"\nAll examples: `tqcheck rules {rule['id']}`\n"}
        if doc.get("link"):
            out["helpUri"] = doc["link"]
    out["defaultConfiguration"] = {"level": LEVEL[rule["severity"]]}
    out["properties"] = {"category": rule["category"], "severity": rule["severity"], "tags": [rule["category"]]}
    return out


def _doc(rule_id: str) -> dict[str, Any] | None:
    try:
        return ruledoc.rule_doc(rule_id)
    except KeyError:  # a rule outside the registry (a test's own rule)
        return None


def _dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


class Writer:
    def __init__(self, out: TextIO, info: dict[str, Any]):
        self.out = out
        self.rules = info.get("rules", [])
        self.rule_index = {r["id"]: i for i, r in enumerate(self.rules)}
        self.artifacts: dict[str, int] = {}
        self.notifications: list[dict[str, Any]] = []
        self.first = True
        tool = info["tool"]
        driver = {
            "name": "tqcheck",
            "version": tool["version"],
            "semanticVersion": tool["version"],
            "rules": [rule_descriptor(r) for r in self.rules],
            "properties": {"ruleset": tool["ruleset"]},
        }
        self.out.write('{"$schema":' + _dump(SCHEMA) + ',"version":"2.1.0","runs":[{"tool":{"driver":'
                       + _dump(driver) + '},"columnKind":"unicodeCodePoints","results":[')

    def _artifact(self, name: str) -> dict[str, Any]:
        index = self.artifacts.setdefault(name, len(self.artifacts))
        return {"uri": uri(name), "index": index}

    def _location(self, record: dict[str, Any], region: dict[str, Any] | None) -> dict[str, Any]:
        physical: dict[str, Any] = {"artifactLocation": self._artifact(record["file"])}
        if region:
            physical["region"] = region
        loc: dict[str, Any] = {"physicalLocation": physical}
        if record.get("segment") is not None:
            loc["logicalLocations"] = [{"name": record["segment"], "kind": "element"}]
        return loc

    def file_start(self, name: str, fmt: str) -> None:
        self._artifact(name)

    def result(self, record: dict[str, Any]) -> None:
        if record["type"] == "error":
            region = {"startLine": record["line"]} if record.get("line") else None
            self.notifications.append({
                "level": "error",
                "message": {"text": record["error"]},
                "locations": [self._location(record, region)],
            })
            return
        if record["type"] != "checked":
            return
        for issue in record["report"]["issues"]:
            self._write(self._result(record, issue))

    def _result(self, record: dict[str, Any], issue: dict[str, Any]) -> dict[str, Any]:
        segment = record.get("segment")
        message = issue["message"]
        region: dict[str, Any] | None
        if segment is None and issue["side"] == "target":
            region = {"startLine": issue["line"], "startColumn": issue["column"],
                      "endLine": issue["end_line"], "endColumn": issue["end_column"]}
        else:
            region = {"startLine": record["line"]} if record.get("line") else None
            where = [f"segment {segment}"] if segment is not None else []
            where += [f"line {issue['line']}, column {issue['column']} of the source"] if issue["side"] == "source" \
                else ([f"column {issue['column']}"] if segment is not None else [])
            message = f"{message} ({'; '.join(where)})"
        out: dict[str, Any] = {"ruleId": issue["rule"]}
        if issue["rule"] in self.rule_index:
            out["ruleIndex"] = self.rule_index[issue["rule"]]
        out.update({
            "level": LEVEL[issue["severity"]],
            "message": {"text": message},
            "locations": [self._location(record, region)],
            "properties": {
                "category": issue["category"],
                "severity": issue["severity"],
                "side": issue["side"],
                "start": issue["start"],
                "end": issue["end"],
                "context": issue["context"]["text"],
                "suggestions": issue["suggestions"],
            },
        })
        return out

    def _write(self, obj: dict[str, Any]) -> None:
        self.out.write(("" if self.first else ",") + "\n" + _dump(obj))
        self.first = False

    def file_end(self, name: str, fmt: str) -> None:
        pass

    def finish(self, summary: dict[str, Any]) -> None:
        artifacts = [{"location": {"uri": uri(name)}, "roles": ["analysisTarget"]} for name in self.artifacts]
        invocation = {
            "executionSuccessful": not summary.get("errors") and not summary.get("interrupted"),
            "toolExecutionNotifications": self.notifications,
            "properties": {"summary": summary},
        }
        self.out.write("\n]," + '"artifacts":' + _dump(artifacts) + ',"invocations":[' + _dump(invocation) + "]}]}\n")
