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
