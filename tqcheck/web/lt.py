"""LanguageTool-compatible endpoints (``/v2/check``, ``/v2/languages``), so
editors and writing tools that speak LanguageTool's HTTP API can use tqcheck
unchanged. The protocol mapping lives in ``languagetool.py``."""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify, request

from .._version import __version__
from ..errors import InputError
from ..rules import all_rules
from ..text import Document
from . import languagetool as ltp
from .errors import ApiError
from .requests import surrogate_errors
from .service import Service, directive_errors

bp = Blueprint("lt", __name__, url_prefix="/v2")


def service() -> Service:
    return current_app.extensions["tqcheck"]


def _params() -> dict[str, str]:
    """Form fields (POST, url-encoded or multipart) over query parameters."""
    params = dict(request.args.items())
    if request.method == "POST":
        params.update(request.form.items())
    return params


def _refuse(message: str, status: int = 400) -> ApiError:
    return ApiError(status, message, [{"pointer": "/", "message": message}])


@bp.route("/check", methods=["GET", "POST"])
def check():
    svc = service()
    params = _params()
    try:
        requested = ltp.language(params.get("language"))
        annotated = None
        if params.get("text") is not None:
            text = params["text"]
        elif params.get("data") is not None:
            annotated = ltp.parse_annotation(params["data"])
            text = annotated.plain
        else:
            raise ltp.ProtocolError("Missing 'text' or 'data' parameter")
        enable, disable, _unknown = ltp.switches(params)
    except ltp.TooMany as exc:
        raise _refuse(str(exc), 413) from None
    except ltp.ProtocolError as exc:
        raise _refuse(str(exc)) from None
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > svc.settings.max_text_bytes:
        raise _refuse(f"The text is {size} bytes long; this server checks at most {svc.settings.max_text_bytes}.", 413)
    if surrogate_errors(text):
        raise _refuse("The text contains an unpaired UTF-16 surrogate; send valid Unicode text.")
    # LanguageTool ignores rule ids it does not know, and clients send its own.
    bad = {e["pointer"] for e in directive_errors((d, d) for d in enable + disable)}
    enable = [d for d in enable if d not in bad]
    disable = [d for d in disable if d not in bad]
    if not text.strip():
        return jsonify(ltp.answer(_empty_report(requested), text=text, requested=requested, version=__version__,
                                  sentences=[], descriptions={}, annotated=annotated))
    try:
        report = svc.check(text, settings={"language": requested[1], "enable": enable, "disable": disable})
    except InputError as exc:
        raise _refuse(exc.message) from None
    data = report.to_dict()
    sentences = []
    if data["issues"]:
        sentences = [(s.start, s.end) for s in Document(text, requested[1]).sentences]
    descriptions = ltp.rules_descriptions(all_rules())
    return jsonify(ltp.answer(data, text=text, requested=requested, version=__version__,
                              sentences=sentences, descriptions=descriptions, annotated=annotated))


def _empty_report(requested) -> dict:
    """LanguageTool answers an empty text with no matches, not an error."""
    return {"issues": [], "language": {"expected": requested[1], "detected": None, "confidence": None}}


@bp.get("/languages")
def languages():
    return jsonify(ltp.languages_payload())
