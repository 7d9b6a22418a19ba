"""A glossary sent with a request drives the terminology rules."""

import io

from ..conftest import ROOT

GLOSSARY = (ROOT / "references" / "article.glossary.tsv").read_text(encoding="utf-8")
TEXT = "Kallas will join Antonio Costa in Beijing on Thursday, the EU said in a statement."


def test_api_check_with_a_glossary_flags_a_forbidden_variant(client):
    r = client.post("/api/v1/check", json={"text": TEXT, "glossary": GLOSSARY})
    assert r.status_code == 200
    forbidden = [i for i in r.get_json()["issues"] if i["rule"] == "terminology.forbidden"]
    start = TEXT.index("Antonio Costa")
    assert [(i["start"], i["end"], i["suggestions"][0]) for i in forbidden] == [
        (start, start + len("Antonio Costa"), "António Costa")]


def test_glossary_format_is_told_from_contents_or_given(client):
    csv = "source,target,forbidden\n科斯塔,António Costa,Antonio Costa\n"
    for body in ({"glossary": csv}, {"glossary": csv, "glossary_format": "csv"}):
        r = client.post("/api/v1/check", json={"text": TEXT, **body})
        assert any(i["rule"] == "terminology.forbidden" for i in r.get_json()["issues"])


def test_a_broken_glossary_is_a_400_that_says_where(client):
    r = client.post("/api/v1/check", json={"text": TEXT, "glossary": "<martif><text><body><termEntry>"})
    assert r.status_code == 400
    body = r.get_json()
    assert "glossary" in (body.get("detail", "") + str(body.get("errors", ""))).lower()


def test_form_upload_of_a_glossary_highlights_the_term(client):
    r = client.post("/", data={"text": TEXT, "profile": "news",
                               "glossary_file": (io.BytesIO(GLOSSARY.encode()), "names.tsv")},
                    content_type="multipart/form-data")
    assert r.status_code == 200
    page = r.get_data(as_text=True)
    assert 'data-rules="terminology.forbidden"' in page
    assert "António Costa" in page
