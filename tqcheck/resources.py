"""Find the data that ships beside the code: schemas and references.

In a checkout they sit at the top level (``schemas/``, ``references/``);
an installed wheel carries them inside the package as ``tqcheck/_data/``
(see ``[tool.hatch.build.targets.wheel.force-include]``). Both layouts work.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

_PKG = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    for candidate in (_PKG / "_data" / name, _PKG.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"tqcheck data folder {name!r} not found (broken installation?)")


@cache
def schema(name: str) -> dict[str, Any]:
    with open(data_dir("schemas") / f"{name}.schema.json", encoding="utf-8") as fh:
        return json.load(fh)


@cache
def validator(name: str):
    """A JSON Schema 2020-12 validator that resolves ``$ref`` between our schemas."""
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource

    resources = []
    for path in sorted(data_dir("schemas").glob("*.schema.json")):
        with open(path, encoding="utf-8") as fh:
            doc = json.load(fh)
        resources.append((doc.get("$id", path.name), Resource.from_contents(doc)))
    registry = Registry().with_resources(resources)
    return Draft202012Validator(schema(name), registry=registry)


def validation_errors(name: str, instance: Any) -> list[dict[str, str]]:
    """Every violation as ``{"pointer": "/issues/0/start", "message": ...}``."""
    errors = sorted(validator(name).iter_errors(instance), key=lambda e: list(map(str, e.absolute_path)))
    return [
        {"pointer": "".join(f"/{p}" for p in e.absolute_path) or "/", "message": e.message}
        for e in errors
    ]
