"""JSON: the report contract itself (``schemas/report.schema.json``)."""

from __future__ import annotations

import json
from typing import Any


def render(reports: list[dict[str, Any]]) -> str:
    """One report as an object; several as an array, in input order."""
    payload: Any = reports[0] if len(reports) == 1 else reports
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
