"""The web form at ``/``: paste or upload, press Check, read the result.

A plain HTML form (multipart POST) that needs no JavaScript: the result
page is rendered on the server with the same report template the batch
CLI's HTML output uses.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from flask import Blueprint, current_app, render_template, request
from werkzeug.datastructures import FileStorage

from ..config import PROFILES
from ..errors import TqcheckError
from ..render import html as html_render
from .service import Service

bp = Blueprint("pages", __name__)


def service() -> Service:
    return current_app.extensions["tqcheck"]


def _form_page(status: int = 200, **context: Any):
    context.setdefault("form", {})
    context.setdefault("errors", [])
    return render_template("form.html", profiles=PROFILES, max_text_bytes=service().settings.max_text_bytes,
                           **context), status


@bp.get("/")
def form():
    return _form_page()


def _upload(field: str, errors: list[str]) -> tuple[str | None, str | None]:
    """(file name, text) of an uploaded file; strict UTF-8, BOM dropped."""
    f: FileStorage | None = request.files.get(field)
    if f is not None and f.filename:
        name, data = f.filename, f.read()
    elif field in request.form:  # sent as a plain field (scripts do): its value is the content
        name, data = field, request.form[field].encode("utf-8", "surrogatepass")
    else:  # browsers send an empty, unnamed part when no file was chosen
        return None, None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{name}: not valid UTF-8 (byte offset {exc.start}); save the file as UTF-8.")
        return name, None
    text = text[1:] if text.startswith("\ufeff") else text
    if not text.strip():
        errors.append(f"{name}: the file is empty.")
        return name, None
    return name, text


@bp.post("/")
def submit():
    svc = service()
    errors: list[str] = []
    form = {
        "text": request.form.get("text", ""),
        "source": request.form.get("source", ""),
        "reference": request.form.get("reference", ""),
        "profile": request.form.get("profile", "news"),
    }
    if form["profile"] not in PROFILES:
        errors.append(f"Unknown profile; choose one of {', '.join(PROFILES)}.")
    reference_name, reference_file = _upload("reference_file", errors)
    glossary_name, glossary = _upload("glossary_file", errors)
    form["reference_name"], form["glossary_name"] = reference_name, glossary_name
    references = [r for r in (form["reference"], reference_file) if r and r.strip()]
    if not form["text"].strip():
        errors.append("Paste the translation to check.")
    size = sum(len(t.encode("utf-8", "surrogatepass")) for t in
               (form["text"], form["source"], glossary or "", *references))
    if size > svc.settings.max_text_bytes:
        errors.append(f"The texts come to {size} bytes; this server checks at most {svc.settings.max_text_bytes}.")
        return _form_page(413, form=form, errors=errors)
    if references:
        scored = sum(len(t.encode("utf-8", "surrogatepass")) for t in (form["text"], *references))
        if scored > svc.settings.max_score_bytes:
            errors.append(f"The translation and reference come to {scored} bytes; this server scores at most "
                          f"{svc.settings.max_score_bytes}. Check without the reference, or score a shorter part.")
            return _form_page(413, form=form, errors=errors)
    if errors:
        return _form_page(400, form=form, errors=errors)
    source = form["source"] if form["source"].strip() else None
    try:
        report = svc.check(
            form["text"],
            settings={"profile": form["profile"]},
            source=source,
            references=references,
            glossary=glossary,
            glossary_name=glossary_name,
        )
    except TqcheckError as exc:
        return _form_page(getattr(exc, "status", 400), form=form, errors=[exc.message])  # LimitError: 413
    data = report.to_dict(include_text=True)
    view = html_render.view(data, source=source)
    download = "data:application/json;charset=utf-8," + quote(json.dumps(data, ensure_ascii=False, indent=2))
    return _form_page(form=form, v=view, download=download)
