"""benchmarks/compiled_speed.py: the scratch copy it compiles in, and (where gcc is on the machine) one
small module compiled with mypyc and imported from that copy.

Only the compile test needs a compiler; it is skipped when ``gcc`` or Python's C headers (``Python.h``,
which a slim image may lack) are absent: a compiled build is not part of the package (docs/compiled.md),
so a machine without a compiler is a supported one. It costs 15-35 s where it runs."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
import compiled_speed  # noqa: E402


def test_the_copy_holds_the_tracked_sources_and_no_extension(tmp_path):
    compiled_speed.copy_tree(tmp_path)
    assert (tmp_path / "tqcheck" / "bilingual" / "align.py").is_file()
    assert (tmp_path / "benchmarks" / "compiled_speed.py").is_file()
    # setuptools, which mypyc drives, would read (and reject) the project's [project] table
    assert not (tmp_path / "pyproject.toml").exists()
    assert "[mypy]" in (tmp_path / "mypy.ini").read_text()
    assert not list(tmp_path.rglob("*.so"))


def test_a_folder_in_use_is_refused(tmp_path):
    (tmp_path / "something").write_text("x")
    with pytest.raises(SystemExit):
        compiled_speed.copy_tree(tmp_path)


def test_every_workload_is_described():
    assert set(compiled_speed.WORKLOADS) == {"english", "sourced", "align"}


_CAN_COMPILE = (shutil.which("gcc") is not None and importlib.util.find_spec("mypyc") is not None
                and (Path(sysconfig.get_paths()["include"]) / "Python.h").is_file())


@pytest.mark.skipif(not _CAN_COMPILE, reason="needs gcc, Python.h and mypyc to compile")
def test_a_compiled_module_is_imported_from_the_copy_and_says_the_same(tmp_path):
    compiled_speed.copy_tree(tmp_path)
    made = compiled_speed.compile_modules(tmp_path, ["tqcheck/bilingual/kinds.py"])
    assert any(p.startswith("tqcheck/bilingual/kinds.") and p.endswith(".so") for p in made["built"])
    probe = ("import tqcheck.bilingual.kinds as k; "
             "print(k.__file__.endswith('.so'), sorted(k.CONTENT_KINDS))")
    out = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True,
                         check=True).stdout.split(" ", 1)
    from tqcheck.bilingual import kinds

    assert out[0] == "True"
    assert out[1].strip() == str(sorted(kinds.CONTENT_KINDS))
    # the source tree itself is never compiled in
    assert not list((ROOT / "tqcheck").rglob("*.so"))
