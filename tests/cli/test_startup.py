"""What a command loads before it starts: ``tqcheck check`` must not pay
for the web stack."""

import subprocess
import sys


def test_check_command_does_not_import_flask():
    code = ("import sys; from tqcheck.cli import build_parser; build_parser();"
            "print('flask' in sys.modules, 'tqcheck.web.app' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_web_package_still_exports_the_app_factory():
    from tqcheck import web
    from tqcheck.web.app import create_app

    assert web.create_app is create_app
    assert "Content-Security-Policy" in web.SECURITY_HEADERS


def test_a_check_of_one_file_loads_nothing_it_does_not_use(tmp_path):
    """No process pool for one file, no writer of another format, no TOML
    parser without a settings file, no glossary reader, no OpenSSL, no
    langdetect for plain English (issue 19: start-up)."""
    import os
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    text = tmp_path / "a.txt"
    text.write_text("The minister said the talks would resume next week in Brussels.\n", encoding="utf-8")
    # a project that names tqcheck but gives it no settings: its pyproject.toml need not be parsed
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\ndependencies = ["tqcheck"]\n'
                                            '[project.scripts]\ntqcheck = "tqcheck.cli:entry"\n[tool.mypy]\n')
    unwanted = ("multiprocessing", "concurrent.futures", "jinja2", "tomllib", "_hashlib", "langdetect", "difflib",
                "tqcheck.glossary.read", "tqcheck.render.html", "tqcheck.render.sarif", "tqcheck.batch.output",
                # other commands' modules, and the alignment a text without a source never builds
                "tqcheck.cli.serve", "tqcheck.web.settings", "tqcheck.ruledoc", "tqcheck.batch.filter",
                "tqcheck.bilingual.align", "tqcheck.align", "tqcheck.bilingual.lexicon",
                # the number and date readers, which only compare a source with its translation
                "tqcheck.numbers", "tqcheck.dates", "tqcheck.anchors")
    code = ("import contextlib, io, sys; import tqcheck.cli as c\n"
            f"with contextlib.redirect_stdout(io.StringIO()): c.main(['check', {str(text)!r}])\n"
            f"print(' '.join(m for m in {unwanted!r} if m in sys.modules) or 'none')")
    env = dict(os.environ, PYTHONPATH=str(root), TQCHECK_CACHE_DIR=str(tmp_path / "cache"))
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True,
                         check=True).stdout
    assert out.split() == ["none"]
