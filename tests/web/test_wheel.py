"""A plain install (the wheel, not the checkout) carries the templates and
static files the web app and the HTML renderer need."""

from __future__ import annotations


def test_wheel_serves_the_form_and_renders_reports(wheel, tmp_path):
    for needed in ("tqcheck/web/templates/form.html", "tqcheck/web/static/site.css",
                   "tqcheck/render/templates/report/macros.html", "tqcheck/render/templates/report/report.css",
                   "tqcheck/_data/schemas/check-request.schema.json"):
        assert needed in wheel.names, needed
    site = wheel.site
    script = (
        "import tqcheck.web as w;"
        "c = w.create_app(warm=False).test_client();"
        "r = c.post('/', data={'text': 'He said \"yes.'}, content_type='multipart/form-data');"
        "assert r.status_code == 200 and b'tq-hl tq-minor' in r.data, r.status_code;"
        "assert c.get('/static/site.css').status_code == 200;"
        "assert c.get('/openapi.json').get_json()['components']['schemas']['CheckRequest'];"
        "print(w.__file__)"
    )
    out = wheel.run(script, tmp_path)
    assert out.strip().startswith(str(site))
