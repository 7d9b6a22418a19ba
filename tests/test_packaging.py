"""Test the wheel, not only the checkout: a plain (non-editable) install
must carry schemas/ and references/ and find them."""

import os
import subprocess
import sys
import zipfile

from .conftest import ROOT


def test_wheel_ships_data_and_finds_it(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
         "-q", "-w", str(dist), str(ROOT)],
        check=True, capture_output=True,
    )
    (wheel,) = dist.glob("tqcheck-*.whl")
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        assert "tqcheck/_data/schemas/report.schema.json" in names
        assert "tqcheck/_data/schemas/config.schema.json" in names
        assert any(n.startswith("tqcheck/_data/references/") for n in names)
        assert {"tqcheck/_data/references/article.en.txt", "tqcheck/_data/references/index.json",
                "tqcheck/_data/schemas/score.schema.json"} <= names
        site = tmp_path / "site"
        zf.extractall(site)
    script = (
        "import tqcheck, tqcheck.resources as r;"
        "print(r.data_dir('schemas'));"
        "rep = tqcheck.check('He said \"yes.').to_dict();"
        "assert not r.validation_errors('report', rep);"
        "print(rep['issues'][0]['rule']);"
        "ref = (r.data_dir('references') / 'article.en.txt').read_text(encoding='utf-8');"
        "rep = tqcheck.check('Kallas will begin her Asia trip in Japan.', references=[ref]).to_dict();"
        "assert not r.validation_errors('report', rep);"
        "print(rep['scores']['bleu']['name'])"
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    out = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env=env,
                         capture_output=True, text=True, check=True).stdout.splitlines()
    assert out[0] == str(site / "tqcheck" / "_data" / "schemas")
    assert out[1] == "punctuation.quotes.unbalanced"
    assert out[2] == "BLEU"
