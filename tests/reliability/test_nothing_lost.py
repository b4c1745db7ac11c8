"""Nothing lost: ``--fix`` and ``--output`` write whole files or nothing, and ``--fix``
changes nothing but the inserted guard, whatever the file's encoding, BOM or line endings.

A crash mid-write is simulated in the real command: a small launcher patches the
standard library inside the wakecheck process (never the analysed code) so that
the process dies, with ``os._exit`` (as SIGKILL would end it: no code runs), after
half the text is written or just before the rename; or so that it sends itself
SIGTERM or SIGINT after half the text is written, which must also leave no
temporary file behind.
"""

from __future__ import annotations

import ast
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from .differential import cli_env

GUARD = ["        if not self.has_active_work():", "            return"]
TARGET = "gastown/town_do.py"

# Dies halfway through writing the temporary file, or just before renaming it.
LAUNCHER = """
import os, sys
how = sys.argv.pop(1)
if how in ("mid-write", "SIGTERM", "SIGINT"):
    import signal, time
    # As on a terminal, even when this process was started with SIGINT ignored.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    def stop():
        if how == "mid-write":
            os._exit(9)
        os.kill(os.getpid(), getattr(signal, how))
        time.sleep(60)  # the signal arrives here
        os._exit(9)  # not reached unless the signal was lost
    real_fdopen = os.fdopen
    class Half:
        def __init__(self, handle): self.handle = handle
        def __enter__(self): return self
        def __exit__(self, *exc): return False
        def write(self, text):
            self.handle.write(text[: len(text) // 2]); self.handle.flush(); stop()
        def __getattr__(self, name): return getattr(self.handle, name)
    os.fdopen = lambda *a, **k: Half(real_fdopen(*a, **k))
else:
    os.replace = lambda *a, **k: os._exit(9)
from wakecheck.cli import main
sys.argv[0] = "wakecheck"
main()
"""


def wakecheck(*args: str, cwd: Path, crash: str | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", LAUNCHER, crash] if crash else [sys.executable, "-m", "wakecheck"]
    return subprocess.run([*command, *args], cwd=cwd, env=cli_env(), capture_output=True, text=True,
                          timeout=300)


def _added_lines(before: bytes, after: bytes) -> list[bytes]:
    """``after`` must be ``before`` with lines inserted: return them (an AssertionError otherwise)."""
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    added, i = [], 0
    for line in new:
        if i < len(old) and line == old[i]:
            i += 1
        else:
            added.append(line)
    assert i == len(old), "a line of the original is missing or changed"
    return added


@pytest.mark.parametrize("variant", ["plain", "bom", "crlf", "bom+crlf", "latin-1"])
def test_fix_changes_nothing_but_the_guard(town: Path, variant: str) -> None:
    path = town / TARGET
    data = path.read_bytes()
    if "crlf" in variant:
        data = data.replace(b"\n", b"\r\n")
    if "bom" in variant:
        data = b"\xef\xbb\xbf" + data
    if variant == "latin-1":
        data = "# -*- coding: latin-1 -*-\n# café, naïve\n".encode("latin-1") + data.decode().encode(
            "latin-1", "replace")
    path.write_bytes(data)
    os.chmod(path, 0o640)
    result = wakecheck("check", "--fix", ".", cwd=town)
    assert result.returncode == 0, result.stderr
    after = path.read_bytes()
    newline = b"\r\n" if "crlf" in variant else b"\n"
    assert _added_lines(data, after) == [line.encode() + newline for line in GUARD]
    assert oct(path.stat().st_mode & 0o777) == oct(0o640)
    ast.parse(after)  # the file still parses, as Python reads it


@pytest.mark.parametrize("crash", ["mid-write", "before-rename"])
def test_fix_interrupted_leaves_the_file_whole(town: Path, crash: str) -> None:
    path = town / TARGET
    before = path.read_bytes()
    result = wakecheck("check", "--fix", "--no-cache", ".", cwd=town, crash=crash)
    assert result.returncode == 9, result.stderr  # it did die
    assert path.read_bytes() == before


@pytest.mark.parametrize("crash", ["mid-write", "before-rename"])
@pytest.mark.parametrize("existing", [True, False])
def test_output_interrupted_leaves_no_half_report(town: Path, crash: str, existing: bool) -> None:
    report = town / "report.json"
    if existing:
        report.write_text('{"findings": [], "errors": []}\n')
    before = report.read_bytes() if existing else None
    result = wakecheck("check", "--format", "json", "--no-cache", "--output", "report.json", ".",
                       cwd=town, crash=crash)
    assert result.returncode == 9, result.stderr
    if existing:
        assert report.read_bytes() == before
    else:
        assert not report.exists()


def test_fix_with_no_cache_writes_no_cache(town: Path) -> None:
    # The interrupted-write tests rely on it: --fix's only writes are then the fixed files.
    result = wakecheck("check", "--fix", "--no-cache", ".", cwd=town)
    assert result.returncode == 0, result.stderr
    assert not (town / ".wakecheck_cache").exists()


STATUS = {"SIGTERM": 128 + signal.SIGTERM, "SIGINT": 130}
SAYS = {"SIGTERM": "wakecheck: terminated", "SIGINT": "wakecheck: interrupted"}


def temporary_files(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.startswith(".") and p.name.endswith(".tmp"))


@pytest.mark.parametrize("how", ["SIGTERM", "SIGINT"])
def test_fix_stopped_by_a_signal_leaves_the_file_whole_and_no_temporary_file(town: Path, how: str) -> None:
    path = town / TARGET
    before = path.read_bytes()
    result = wakecheck("check", "--fix", "--no-cache", ".", cwd=town, crash=how)
    assert result.returncode == STATUS[how], result.stderr
    assert _said(result.stderr) == [SAYS[how]]  # one line, no traceback
    assert path.read_bytes() == before
    assert temporary_files(path.parent) == []


@pytest.mark.parametrize("how", ["SIGTERM", "SIGINT"])
@pytest.mark.parametrize("existing", [True, False])
def test_output_stopped_by_a_signal_leaves_no_half_report_and_no_temporary_file(
        town: Path, how: str, existing: bool) -> None:
    report = town / "report.json"
    if existing:
        report.write_text('{"findings": [], "errors": []}\n')
    before = report.read_bytes() if existing else None
    result = wakecheck("check", "--format", "json", "--no-cache", "--output", "report.json", ".",
                       cwd=town, crash=how)
    assert result.returncode == STATUS[how], result.stderr
    assert _said(result.stderr) == [SAYS[how]]
    assert (report.read_bytes() if existing else report.exists()) == (before if existing else False)
    assert temporary_files(town) == []


def test_output_written_whole_and_permissions_kept(town: Path) -> None:
    report = town / "report.json"
    report.write_text("old\n")
    os.chmod(report, 0o600)
    result = wakecheck("check", "--format", "json", "--output", "report.json", ".", cwd=town)
    assert result.returncode == 1, result.stderr
    assert len(json.loads(report.read_text())["findings"]) == 2
    assert oct(report.stat().st_mode & 0o777) == oct(0o600)
    assert sorted(p.name for p in town.iterdir() if p.name.startswith(".report")) == []


def _said(stderr: str) -> list[str]:
    """What a run said on stderr besides the fixture's configuration warnings (its two quiet
    methods are never called: see fixtures/towndo/README.md)."""
    return [line for line in stderr.splitlines() if not line.startswith("wakecheck: warning:")]


def test_unwritable_output_is_one_line(town: Path) -> None:
    result = wakecheck("check", "--output", "no/such/dir/report.txt", ".", cwd=town)
    assert result.returncode == 2
    assert len(_said(result.stderr)) == 1 and "cannot write output" in result.stderr
