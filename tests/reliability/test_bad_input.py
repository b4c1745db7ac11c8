"""The bad input catalogue: each input gets a clear one-line message, never a traceback.

A file that cannot be read or parsed is a file error (path, line, column, message;
exit 2) and every other file is still analysed: each project here also holds
``good.py``, whose idle wake must still be reported. Configuration and usage
errors are one line on stderr with exit 2.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .differential import cli_env

CONFIG = """\
[tool.wakecheck]
entry = ["alarm"]
container-factories = ["*.get_container"]
"""
GOOD = """\
from boxes import get_container


async def alarm(env):
    await get_container(env).fetch("/x")
"""


def wakecheck(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wakecheck", *args], cwd=cwd, env=cli_env(),
                          capture_output=True, text=True, timeout=300)


def project(tmp_path: Path, config: str = CONFIG) -> Path:
    root = tmp_path / "proj"
    root.mkdir()
    (root / "pyproject.toml").write_text(config)
    (root / "good.py").write_text(GOOD)
    return root


def check_json(root: Path) -> tuple[int, dict[str, list[dict[str, object]]], str]:
    result = wakecheck("check", "--format", "json", "--no-cache", ".", cwd=root)
    assert "Traceback" not in result.stderr, result.stderr
    return result.returncode, json.loads(result.stdout), result.stderr


def assert_good_still_reported(report: dict[str, list[dict[str, object]]]) -> None:
    assert [(f["path"], f["line"]) for f in report["findings"]] == [("good.py", 5)]


ALARM = "async def alarm(env):\n"

SHALLOW = "def shallow():\n    return (1 + 2) * [3, (4, {5: 6})]\n\n\n"
FILE_ERRORS = {
    # name: (bytes of bad.py, expected line, expected column or None, words the message must hold)
    "syntax error": (ALARM + "    x = (\n", 2, None, "never closed"),
    "invalid utf-8": (ALARM.encode() + b"    x = '\xff'\n", 2, None, "cannot decode as utf-8"),
    "unknown encoding": ("# -*- coding: klingon -*-\n" + ALARM + "    pass\n", 1, None, "klingon"),
    "wrong encoding": ("# coding: ascii\n" + ALARM + "    x = 'café'\n", 3, None, "cannot decode as ascii"),
    "BOM with another encoding": (b"\xef\xbb\xbf# coding: latin-1\n" + ALARM.encode() + b"    pass\n", 1, None,
                                  "encoding"),
    "NUL byte": (ALARM.encode() + b"    x = 1\x00\n", 2, None, "NUL"),
    # Nesting too deep: the place where it gets deep (the 100th `+`), not the top of the file.
    "long operator chain": (SHALLOW + ALARM + "    x = " + " + ".join(["a"] * 5000) + "\n", 6, 8 + 99 * 4 + 3,
                            "nesting too deep"),
    # Python accepts it; LibCST parses it, and its positions run out of stack: the 99th `and`.
    "and-chain 6,000 long": (SHALLOW + ALARM + "    if " + " and ".join(f"a{i}" for i in range(6000)) + ":\n"
                             + "        pass\n", 6, 7 + sum(len(f"a{i}") for i in range(99)) + 5 * 98 + 2,
                             "nesting too deep to analyse"),
    # Python refuses more than 200 open brackets, and so does wakecheck, at the 201st
    # (LibCST's parser would overflow the C stack near 1,500: a segfault).
    "expression nested 1000 deep": (SHALLOW + ALARM + "    y = " + "(" * 1000 + "1" + ")" * 1000 + "\n", 6,
                                    8 + 201, "too many nested parentheses"),
    "calls nested 1000 deep": (SHALLOW + ALARM + "    y = " + "f(" * 1000 + ")" * 1000 + "\n", 6, 8 + 2 * 201,
                               "too many nested parentheses"),
    "brackets nested 2000 deep": (ALARM + "    y = " + "[" * 2000 + "]" * 2000 + "\n", 2, 8 + 201,
                                  "too many nested parentheses"),
    # Nesting that LibCST's parser would crash on (a segfault) or take minutes over, and
    # that Python's own parser refuses first: asked first, its refusal is the error.
    "unary minus 20,000 deep": (SHALLOW + ALARM + "    y = " + "-" * 20_000 + "1\n", 6, 8 + 100,
                                "nesting too deep for Python's parser"),
    "attribute chain 20,000 long": (SHALLOW + ALARM + "    y = a" + ".b" * 20_000 + "\n", 6, 9 + 2 * 99 + 1,
                                    "nesting too deep for Python's parser"),
    "elif chain 20,000 long": (SHALLOW + ALARM + "    if x == 0:\n        pass\n"
                               + "".join(f"    elif x == {i}:\n        pass\n" for i in range(1, 20_000)),
                               6 + 2 * 100, 5, "nesting too deep for Python's parser"),
    "tab and space mix": (ALARM + "    if x:\n\ty = 1\n        z = 2\n", 3, None, "syntax error"),
}


@pytest.mark.parametrize("name", list(FILE_ERRORS))
def test_file_error_is_located_and_the_rest_analysed(tmp_path: Path, name: str) -> None:
    data, line, column, words = FILE_ERRORS[name]
    root = project(tmp_path)
    (root / "bad.py").write_bytes(data if isinstance(data, bytes) else data.encode())
    code, report, _ = check_json(root)
    assert code == 2
    assert_good_still_reported(report)
    [error] = report["errors"]
    assert (error["path"], error["line"]) == ("bad.py", line)
    assert isinstance(error["column"], int) and error["column"] >= 1
    if column is not None:
        assert error["column"] == column
    assert words in str(error["message"]) and "\n" not in str(error["message"])


GOOD_INPUTS = {
    "BOM": b"\xef\xbb\xbf" + GOOD.encode(),
    "CRLF": GOOD.replace("\n", "\r\n").encode(),
    "latin-1 declared": ("# -*- coding: latin-1 -*-\n# café\n" + GOOD).encode("latin-1"),
    "expression nested 200 deep": (GOOD + "    y = " + "(" * 200 + "1" + ")" * 200 + "\n").encode(),
    "brackets in strings and comments": (GOOD + "    y = '" + "(" * 500 + "'  # " + "[" * 500 + "\n").encode(),
    "unary minus 1000 deep": (GOOD + "    y = " + "-" * 1000 + "1\n").encode(),
    "calls nested 200 deep": (GOOD + "    y = " + "f(" * 200 + ")" * 200 + "\n").encode(),
}


@pytest.mark.parametrize("name", list(GOOD_INPUTS))
def test_unusual_but_valid_files_are_analysed(tmp_path: Path, name: str) -> None:
    root = project(tmp_path)
    (root / "good.py").write_bytes(GOOD_INPUTS[name])
    code, report, _ = check_json(root)
    assert report["errors"] == [] and code == 1
    line = 5 + (2 if name == "latin-1 declared" else 0)
    assert [(f["path"], f["line"]) for f in report["findings"]] == [("good.py", line)]


def test_ten_megabyte_file(tmp_path: Path) -> None:
    root = project(tmp_path)
    big = "DATA = '" + "x" * (10 * 1024 * 1024) + "'\n" + "".join(f"# {i}\n" for i in range(1000))
    (root / "good.py").write_text(big + GOOD)
    code, report, _ = check_json(root)
    assert code == 1 and report["errors"] == []
    assert [f["line"] for f in report["findings"]] == [1001 + 5]


def test_empty_and_blank_files(tmp_path: Path) -> None:
    root = project(tmp_path)
    (root / "empty.py").write_text("")
    (root / "blank.py").write_text("\n\n   \n# just a comment\n")
    (root / "__init__.py").write_text("")
    code, report, _ = check_json(root)
    assert code == 1 and report["errors"] == []
    assert_good_still_reported(report)


def test_directory_named_like_a_module_and_a_fifo(tmp_path: Path) -> None:
    root = project(tmp_path)
    (root / "x.py").mkdir()
    (root / "x.py" / "inner.py").write_text(GOOD)
    os.mkfifo(root / "pipe.py")  # reading it would block: it must be skipped, not read
    code, report, _ = check_json(root)
    assert code == 1 and report["errors"] == []
    assert {f["path"] for f in report["findings"]} == {"good.py", "x.py/inner.py"}


def test_symlink_loops(tmp_path: Path) -> None:
    root = project(tmp_path)
    (root / "loop").symlink_to(".")
    (root / "self.py").symlink_to("self.py")
    code, report, _ = check_json(root)
    assert code == 2
    assert_good_still_reported(report)
    assert [(e["path"], e["line"], e["column"]) for e in report["errors"]] == [("self.py", 1, 1)]
    assert "symbolic links" in str(report["errors"][0]["message"])


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(tmp_path: Path) -> None:
    root = project(tmp_path)
    bad = root / "secret.py"
    bad.write_text(ALARM + "    pass\n")
    bad.chmod(0)
    code, report, _ = check_json(root)
    assert code == 2
    assert_good_still_reported(report)
    assert [e["path"] for e in report["errors"]] == ["secret.py"]


def one_line_error(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 2, result
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("wakecheck: error: "), result.stderr
    for word in words:
        assert word in lines[0], lines[0]


def test_missing_path(tmp_path: Path) -> None:
    one_line_error(wakecheck("check", "nowhere", cwd=project(tmp_path)), "nowhere", "no such file")


CONFIG_ERRORS = {
    "malformed TOML": ('[tool.wakecheck]\nentry = ["alarm"\n', ("invalid TOML", "pyproject.toml:")),
    "unknown key": ('[tool.wakecheck]\nentri = ["alarm"]\n', ("entri", "did you mean 'entry'")),
    "wrong type": ('[tool.wakecheck]\nentry = "alarm"\n', ("'entry'", "list of strings")),
    "wrong type in a table": ('[tool.wakecheck]\nrare = { "*.x" = 3 }\n', ("'rare'",)),
    "bad glob": ('[tool.wakecheck]\nentry = ["[alarm"]\n', ("'[alarm'", "unbalanced")),
    "bad duration": ('[tool.wakecheck]\nsleep-after = "soon"\n', ("sleep-after",)),
    "unknown rule": ('[tool.wakecheck]\nselect = ["WC999"]\n', ("WC999",)),
}


@pytest.mark.parametrize("name", list(CONFIG_ERRORS))
def test_configuration_error_is_one_line(tmp_path: Path, name: str) -> None:
    text, words = CONFIG_ERRORS[name]
    one_line_error(wakecheck("check", ".", cwd=project(tmp_path, text)), *words)


def test_config_values_are_never_evaluated(tmp_path: Path) -> None:
    marker = tmp_path / "marker"
    marker.write_text("still here")
    hostile = f"__import__('os').remove('{marker}')"
    config = CONFIG + (f'active-guards = ["{hostile}"]\nsinks = ["{hostile}"]\n'
                       f'empty-on-idle = {{ "{hostile}" = "{hostile}" }}\n'
                       f'fix-guard = "{hostile}"\n')
    root = project(tmp_path, config)
    for command in (("check", "--format", "json", "."), ("check", "--diff", "."), ("audit", ".")):
        result = wakecheck(*command, cwd=root)
        assert result.returncode in (0, 1), result.stderr
        assert marker.exists()


def test_entry_pattern_that_matches_nothing_is_a_warning(tmp_path: Path) -> None:
    root = project(tmp_path, CONFIG.replace('"alarm"', '"*.Nothing.alarm"'))
    result = wakecheck("check", ".", cwd=root)
    assert result.returncode == 0
    assert "warning" in result.stderr and "*.Nothing.alarm" in result.stderr
