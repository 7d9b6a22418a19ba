"""Test the wheel, not only the checkout: a plain (non-editable) install
must carry schemas/ and references/ and find them."""


def test_wheel_ships_data_and_finds_it(wheel, tmp_path):
    names, site = wheel.names, wheel.site
    assert "tqcheck/_data/schemas/report.schema.json" in names
    assert "tqcheck/_data/schemas/config.schema.json" in names
    assert any(n.startswith("tqcheck/_data/references/") for n in names)
    assert {"tqcheck/_data/references/article.en.txt", "tqcheck/_data/references/index.json",
            "tqcheck/_data/schemas/score.schema.json"} <= names
    assert "tqcheck/rules/evidence.json" in names  # `tqcheck rules` shows each rule's measured lift
    assert "tqcheck/py.typed" in names  # PEP 561: type checkers read the package's annotations
    script = (
        "import tqcheck, tqcheck.resources as r;"
        "print(r.data_dir('schemas'));"
        "rep = tqcheck.check('He said \"yes.').to_dict();"
        "assert not r.validation_errors('report', rep);"
        "print(rep['issues'][0]['rule']);"
        "ref = (r.data_dir('references') / 'article.en.txt').read_text(encoding='utf-8');"
        "rep = tqcheck.check('Kallas will begin her Asia trip in Japan.', references=[ref]).to_dict();"
        "assert not r.validation_errors('report', rep);"
        "print(rep['scores']['bleu']['name']);"
        "import tqcheck.rules.evidence as ev; assert ev.for_rule('punctuation.quotes.unbalanced')['lift'] > 1"
    )
    out = wheel.run(script, tmp_path).splitlines()
    assert out[0] == str(site / "tqcheck" / "_data" / "schemas")
    assert out[1] == "punctuation.quotes.unbalanced"
    assert out[2] == "BLEU"


def test_installing_the_wheel_compiles_every_module(wheel, tmp_path):
    """``tqcheck check`` once per file (hooks, editors) pays for any module
    it must compile: pip compiles the wheel's modules at install, even where
    PYTHONDONTWRITEBYTECODE keeps the interpreter from writing bytecode."""
    import os
    import subprocess
    import sys

    built = wheel.file
    target = tmp_path / "site"
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q", "--target", str(target),
                    str(built)], check=True, capture_output=True, env=env)
    sources = sorted((target / "tqcheck").rglob("*.py"))
    assert sources
    tag = sys.implementation.cache_tag
    missing = [str(p) for p in sources if not (p.parent / "__pycache__" / f"{p.stem}.{tag}.pyc").exists()]
    assert missing == []
