from __future__ import annotations

import re

from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from referencing import Registry, Resource

from tests.conftest import assert_valid_report

DOCUMENTED_PREFIXES = ("/api/", "/v2/", "/openapi.json")
HTTP_METHODS = {"get", "post", "put", "patch", "delete"}


def component_validator(doc: dict, name: str) -> Draft202012Validator:
    """Validate instances against one component, resolving refs in the document."""
    resource = Resource.from_contents({**doc, "$schema": "https://json-schema.org/draft/2020-12/schema"})
    registry = Registry().with_resource("urn:openapi", resource)
    return Draft202012Validator({"$ref": f"urn:openapi#/components/schemas/{name}"}, registry=registry)


def test_the_document_is_valid_openapi_3_1(client):
    doc = client.get("/openapi.json").get_json()
    assert doc["openapi"].startswith("3.1")
    validate(doc)


def test_documented_operations_are_exactly_the_routes(app, client):
    doc = client.get("/openapi.json").get_json()
    documented = {(path, method.upper()) for path, item in doc["paths"].items() for method in item
                  if method in HTTP_METHODS}
    routed = set()
    for rule in app.url_map.iter_rules():
        path = re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule)  # werkzeug's <rule_id> is OpenAPI's {rule_id}
        if rule.endpoint == "static":
            continue
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            routed.add((path, method))
    assert documented == routed
    assert {p for p, _ in routed if p.startswith(DOCUMENTED_PREFIXES)} >= {
        "/api/v1/check", "/api/v1/score", "/api/v1/rules", "/api/v1/health", "/openapi.json", "/v2/check",
        "/v2/languages", "/api/v1/rules/{rule_id}"}


def test_the_document_embeds_the_published_schemas(client):
    from tqcheck.resources import schema

    doc = client.get("/openapi.json").get_json()
    components = doc["components"]["schemas"]
    request_schema = schema("check-request")
    assert set(components["CheckRequest"]["properties"]) == set(request_schema["properties"])
    assert components["Report"]["required"] == schema("report")["required"]
    assert components["CheckRequest"]["properties"]["options"]["$ref"] == "#/components/schemas/Config"
    body = doc["paths"]["/api/v1/check"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/components/schemas/CheckRequest"}


def test_responses_match_their_documented_schemas(client, sample_text):
    doc = client.get("/openapi.json").get_json()
    report = client.post("/api/v1/check", json={"text": sample_text}).get_json()
    assert_valid_report(report)
    assert not list(component_validator(doc, "Report").iter_errors(report))
    assert not list(component_validator(doc, "Rules").iter_errors(client.get("/api/v1/rules").get_json()))
    assert not list(component_validator(doc, "Health").iter_errors(client.get("/api/v1/health").get_json()))
    problem = client.post("/api/v1/check", json={}).get_json()
    assert not list(component_validator(doc, "Problem").iter_errors(problem))
    lt = client.post("/v2/check", data={"text": sample_text, "language": "en-US"}).get_json()
    assert lt["matches"]
    assert not list(component_validator(doc, "LtCheckResponse").iter_errors(lt))
    assert not list(component_validator(doc, "LtLanguages").iter_errors(client.get("/v2/languages").get_json()))
    # a wrong instance is caught, so the checks above can fail
    assert list(component_validator(doc, "Report").iter_errors({**report, "issues": [{"rule": 1}]}))


def test_a_rule_document_matches_its_schema_and_an_unknown_id_is_a_404_problem(client):
    doc = client.get("/openapi.json").get_json()
    body = client.get("/api/v1/rules/punctuation.quotes.unbalanced").get_json()
    assert not list(component_validator(doc, "RuleDoc").iter_errors(body))
    resp = client.get("/api/v1/rules/no.such-rule")
    assert resp.status_code == 404 and resp.mimetype == "application/problem+json"
    assert not list(component_validator(doc, "Problem").iter_errors(resp.get_json()))
    assert "no.such-rule" in resp.get_json()["detail"]
