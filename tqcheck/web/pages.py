"""The web form at ``/``: paste or upload, press Check, read the result.

A plain HTML form (multipart POST) that needs no JavaScript: the result
page is rendered on the server with the same report template the batch
CLI's HTML output uses.
"""

from __future__ import annotations

import json
from typing import Any

from flask import Blueprint, Response, abort, current_app, render_template, request, url_for
from werkzeug.datastructures import FileStorage

from .. import ruledoc
from ..config import PROFILES
from ..errors import TqcheckError
from ..render import html as html_render
from ..rules import by_id
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


def form_text(value: str) -> str:
    """A textarea's value as the user typed it. HTML forms send every line
    break of a textarea as CRLF whatever the text had; the CLI reads a file's
    bytes as they are, so the LF text a user pasted must arrive as LF for the
    form's offsets, columns and contexts to equal the CLI's and the API's."""
    return value.replace("\r\n", "\n")


def _read_form() -> tuple[dict[str, Any], list[str]]:
    """The form's fields, and what is wrong with them. Uploaded files (or
    their content carried over in hidden fields by "Check again") arrive as
    ``reference_file``/``glossary_file`` with their names beside them."""
    errors: list[str] = []
    form: dict[str, Any] = {
        "text": form_text(request.form.get("text", "")),
        "source": form_text(request.form.get("source", "")),
        "reference": form_text(request.form.get("reference", "")),
        "profile": request.form.get("profile", "news"),
    }
    if form["profile"] not in PROFILES:
        errors.append(f"Unknown profile; choose one of {', '.join(PROFILES)}.")
    for kind in ("reference", "glossary"):
        if request.form.get(f"forget_{kind}"):
            name, content = None, None
        else:
            name, content = _upload(f"{kind}_file", errors)
            if name == f"{kind}_file":  # carried over in a hidden field: its original name rides beside it,
                # and the form encoding turned its line breaks into CRLF
                name = (request.form.get(f"{kind}_name") or "").strip()[:200] or name
                content = form_text(content) if content is not None else None
        form[f"{kind}_name"], form[f"{kind}_content"] = name, content
    if not form["text"].strip():
        errors.append("Paste the translation to check.")
    return form, errors


def _run(form: dict[str, Any], errors: list[str]):
    """(report, None) or (None, error page) for the form's fields."""
    svc = service()
    references = [r for r in (form["reference"], form["reference_content"]) if r and r.strip()]
    glossary = form["glossary_content"]
    size = sum(len(t.encode("utf-8", "surrogatepass")) for t in
               (form["text"], form["source"], glossary or "", *references))
    if size > svc.settings.max_text_bytes:
        errors.append(f"The texts come to {size} bytes; this server checks at most {svc.settings.max_text_bytes}.")
        return None, _form_page(413, form=form, errors=errors)
    if references:
        scored = sum(len(t.encode("utf-8", "surrogatepass")) for t in (form["text"], *references))
        if scored > svc.settings.max_score_bytes:
            errors.append(f"The translation and reference come to {scored} bytes; this server scores at most "
                          f"{svc.settings.max_score_bytes}. Check without the reference, or score a shorter part.")
            return None, _form_page(413, form=form, errors=errors)
    if errors:
        return None, _form_page(400, form=form, errors=errors)
    source = form["source"] if form["source"].strip() else None
    try:
        report = svc.check(
            form["text"],
            settings={"profile": form["profile"]},
            source=source,
            references=references,
            glossary=glossary,
            glossary_name=form["glossary_name"],
        )
    except TqcheckError as exc:
        return None, _form_page(getattr(exc, "status", 400), form=form, errors=[exc.message])  # LimitError: 413
    return report, None


@bp.post("/")
def submit():
    form, errors = _read_form()
    report, page = _run(form, errors)
    if report is None:
        return page
    data = report.to_dict(include_text=True)
    source = form["source"] if form["source"].strip() else None
    view = html_render.view(data, source=source, rule_url=url_for("pages.rule", rule_id="{id}").replace("%7Bid%7D", "{id}"))
    return _form_page(form=form, v=view)


@bp.post("/report.json")
def report_json():
    """The JSON report of the form's fields, as a download: the result page's
    small download form posts the inputs here (no report inside the page)."""
    form, errors = _read_form()
    report, page = _run(form, errors)
    if report is None:
        return page
    body = json.dumps(report.to_dict(include_text=True), ensure_ascii=False, indent=2)
    return Response(body + "\n", mimetype="application/json",
                    headers={"Content-Disposition": 'attachment; filename="tqcheck-report.json"'})


@bp.get("/rules/<rule_id>")
def rule(rule_id: str):
    """A rule's documentation page: the same document as ``tqcheck rules ID``."""
    if rule_id not in by_id():
        abort(404)
    doc = ruledoc.rule_doc(rule_id)
    return render_template("rule.html", doc=doc, evidence=ruledoc.evidence_line(doc["evidence"]),
                           option_line=ruledoc.option_line, example_lines=ruledoc.example_lines,
                           example_extra=ruledoc.example_extra, applies=ruledoc.applies,
                           legend=ruledoc.LEGEND)
