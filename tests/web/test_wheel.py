"""A plain install (the wheel, not the checkout) carries the templates and
static files the web app and the HTML renderer need."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile

from tests.conftest import ROOT


def test_wheel_serves_the_form_and_renders_reports(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
         "-q", "-w", str(dist), str(ROOT)],
        check=True, capture_output=True,
    )
    (wheel,) = dist.glob("tqcheck-*.whl")
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        for needed in ("tqcheck/web/templates/form.html", "tqcheck/web/static/site.css",
                       "tqcheck/render/templates/report/macros.html", "tqcheck/render/templates/report/report.css",
                       "tqcheck/_data/schemas/check-request.schema.json"):
            assert needed in names, needed
        site = tmp_path / "site"
        zf.extractall(site)
    script = (
        "import tqcheck.web as w;"
        "c = w.create_app(warm=False).test_client();"
        "r = c.post('/', data={'text': 'He said \"yes.'}, content_type='multipart/form-data');"
        "assert r.status_code == 200 and b'tq-hl tq-major' in r.data, r.status_code;"
        "assert c.get('/static/site.css').status_code == 200;"
        "assert c.get('/openapi.json').get_json()['components']['schemas']['CheckRequest'];"
        "print(w.__file__)"
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    out = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env=env,
                         capture_output=True, text=True, check=True).stdout
    assert out.strip().startswith(str(site))
