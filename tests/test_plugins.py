"""The flake8 plugin and the Fixit rule, through the real `flake8` and `fixit` commands on a fixture copy."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

DISPATCH = "gastown/container_dispatch.py"
TOWN_DO = "gastown/town_do.py"
CHAIN_EXIT_LINE = 313  # `await dispatch.refresh_container_token(...)`: town_do.py's last call on the chain
FIXIT_ONLY_WAKECHECK = """
[tool.fixit]
root = true
enable = ["wakecheck.plugins.fixit"]
disable = ["fixit.rules"]
"""


def run(tool: str, *args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", tool, *args], cwd=cwd, input=stdin,
                          capture_output=True, text=True, timeout=300)


def flake8(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return run("flake8", "--select", "WC", *args, cwd=cwd, stdin=stdin)


def fixit(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return run("fixit", "lint", *args, cwd=cwd, stdin=stdin)


@pytest.fixture
def fixit_town(town: Path) -> Path:
    """The fixture copy, with a Fixit configuration that enables only wakecheck's rule."""
    pyproject = town / "pyproject.toml"
    pyproject.write_text(pyproject.read_text() + FIXIT_ONLY_WAKECHECK)
    return town


def break_config(town: Path) -> None:
    pyproject = town / "pyproject.toml"
    pyproject.write_text(pyproject.read_text().replace('sleep-after = "30m"', 'sleep-after = "soon"'))


def located(stdout: str, pattern: str) -> list[tuple[str, int, int, str]]:
    """(path, line, column, code) of each output line, read with the tool's own line format."""
    found = [re.match(pattern, line) for line in stdout.splitlines()]
    assert all(found), stdout
    return [(m["path"], int(m["line"]), int(m["col"]), m["code"]) for m in found if m]


FLAKE8_LINE = r"(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<code>WC\d{3}) "
FIXIT_LINE = r"(?P<path>[^@]+)@(?P<line>\d+):(?P<col>\d+) Wakecheck: (?P<code>WC\d{3}) "


# ---------------------------------------------------------------------------
# flake8 (columns printed 1-based)


def test_flake8_reports_the_container_calls_where_they_are(town: Path) -> None:
    result = flake8(DISPATCH, cwd=town)
    assert result.returncode == 1, result.stderr
    assert located(result.stdout, FLAKE8_LINE) == [(DISPATCH, 78, 15, "WC001"), (DISPATCH, 82, 22, "WC001")]
    assert "`container.fetch` wakes the container on an idle town" in result.stdout


def test_flake8_is_clean_on_a_file_off_the_chain(town: Path) -> None:
    result = flake8("gastown/agents.py", cwd=town)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_flake8_places_findings_from_other_files_on_this_files_chain_line(town: Path) -> None:
    result = flake8(TOWN_DO, cwd=town)
    assert result.returncode == 1, result.stderr
    assert located(result.stdout, FLAKE8_LINE) == [(TOWN_DO, CHAIN_EXIT_LINE, 9, "WC001")] * 2
    assert "the call is at gastown/container_dispatch.py:78:15" in result.stdout
    assert "the call is at gastown/container_dispatch.py:82:22" in result.stdout


def test_flake8_says_each_finding_once_in_a_run(town: Path) -> None:
    # The whole package: at the container calls, and not again on each file of their chain.
    result = flake8("gastown/", cwd=town)
    assert located(result.stdout, FLAKE8_LINE) == [(DISPATCH, 78, 15, "WC001"), (DISPATCH, 82, 22, "WC001")]
    parallel = flake8("-j", "2", ".", cwd=town)
    assert located(parallel.stdout, FLAKE8_LINE) == [(f"./{DISPATCH}", 78, 15, "WC001"),
                                                     (f"./{DISPATCH}", 82, 22, "WC001")]
    # Without the container call's file (pre-commit's changed files): once, in the checked
    # file nearest the call along the chain (town_do.py, after log.py's with_log_tags).
    result = flake8(TOWN_DO, "gastown/log.py", cwd=town)
    assert located(result.stdout, FLAKE8_LINE) == [(TOWN_DO, CHAIN_EXIT_LINE, 9, "WC001")] * 2


def test_flake8_analyses_the_text_it_read_and_honours_noqa(town: Path) -> None:
    lines = (town / DISPATCH).read_text().splitlines(keepends=True)
    lines[77] = lines[77].rstrip("\n") + "  # noqa: WC001\n"
    result = flake8("--stdin-display-name", DISPATCH, "-", cwd=town, stdin="".join(lines))
    assert located(result.stdout, FLAKE8_LINE) == [(DISPATCH, 82, 22, "WC001")]
    # An unsaved buffer without the loop's call to the token refresh: nothing wakes.
    text = (town / TOWN_DO).read_text()
    edited = text.replace("await self.refresh_container_token()", "pass", 1)
    assert edited != text
    result = flake8("--stdin-display-name", TOWN_DO, "-", cwd=town, stdin=edited)
    assert (result.returncode, result.stdout) == (0, "")


def test_flake8_bad_config_is_one_clean_diagnostic(town: Path) -> None:
    break_config(town)
    result = flake8(TOWN_DO, cwd=town)
    assert result.returncode == 1
    assert located(result.stdout, FLAKE8_LINE) == [(TOWN_DO, 1, 1, "WC000")]
    assert "pyproject.toml:13: 'sleep-after' must be a positive duration" in result.stdout
    assert "Traceback" not in result.stderr


def test_flake8_says_when_another_file_cannot_be_parsed(town: Path) -> None:
    clock = town / "gastown" / "clock.py"
    clock.write_text(clock.read_text() + "def broken(:\n")
    result = flake8(DISPATCH, cwd=town)
    assert [c for *_, c in located(result.stdout, FLAKE8_LINE)] == ["WC000", "WC001", "WC001"]
    assert "analysis of this project is incomplete: cannot analyse gastown/clock.py:" in result.stdout


def test_flake8_plugin_stays_out_of_projects_without_wakecheck_config(town: Path, tmp_path: Path) -> None:
    plain = tmp_path / "plain"
    plain.mkdir()
    (plain / "town_do.py").write_bytes((town / TOWN_DO).read_bytes())
    result = flake8("town_do.py", cwd=plain)
    assert (result.returncode, result.stdout) == (0, "")


def test_flake8_in_parallel_on_a_large_project(tmp_path: Path) -> None:
    # flake8 -j runs plugins in daemonic pool workers, which may not start processes of
    # their own: a project large enough for wakecheck's worker processes is analysed
    # in-process there (it once failed with "daemonic processes are not allowed to have children").
    (tmp_path / "pyproject.toml").write_text(
        '[tool.wakecheck]\nentry = ["*.run"]\ncontainer-factories = ["*.stub"]\n', encoding="utf-8")
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("def stub(town): ...\n", encoding="utf-8")
    for i in range(220):  # over the 200 files from which a check uses worker processes
        (pkg / f"m{i:03d}.py").write_text(
            f"from pkg import stub\n\n\nclass Worker{i}:\n    def run(self, town):\n"
            f"        stub(town).fetch('/{i}')\n", encoding="utf-8")
    result = flake8("-j", "2", "pkg/m000.py", "pkg/m001.py", cwd=tmp_path)
    assert "Traceback" not in result.stderr, result.stderr
    assert located(result.stdout, FLAKE8_LINE) == [("pkg/m000.py", 6, 9, "WC001"), ("pkg/m001.py", 6, 9, "WC001")]


# ---------------------------------------------------------------------------
# Fixit (columns printed 0-based, as LibCST counts them)


def test_fixit_reports_the_container_calls_where_they_are(fixit_town: Path) -> None:
    result = fixit(DISPATCH, cwd=fixit_town)
    assert result.returncode == 1, result.stderr
    assert located(result.stdout, FIXIT_LINE) == [(DISPATCH, 78, 14, "WC001"), (DISPATCH, 82, 21, "WC001")]


def test_fixit_is_clean_on_a_file_off_the_chain(fixit_town: Path) -> None:
    result = fixit("gastown/agents.py", cwd=fixit_town)
    assert (result.returncode, result.stdout) == (0, ""), result.stderr


def test_fixit_places_findings_from_other_files_on_this_files_chain_line(fixit_town: Path) -> None:
    result = fixit(TOWN_DO, cwd=fixit_town)
    assert result.returncode == 1, result.stderr
    assert located(result.stdout, FIXIT_LINE) == [(TOWN_DO, CHAIN_EXIT_LINE, 8, "WC001")] * 2
    assert "the call is at gastown/container_dispatch.py:82:22" in result.stdout


def test_fixit_lint_ignore_comment_on_the_reported_statement(fixit_town: Path) -> None:
    lines = (fixit_town / TOWN_DO).read_text().splitlines(keepends=True)
    lines[CHAIN_EXIT_LINE - 1] = lines[CHAIN_EXIT_LINE - 1].rstrip("\n") + "  # lint-ignore: Wakecheck\n"
    result = fixit("-", TOWN_DO, cwd=fixit_town, stdin="".join(lines))
    assert (result.returncode, result.stdout) == (0, ""), result.stderr


def test_fixit_bad_config_is_one_clean_diagnostic(fixit_town: Path) -> None:
    break_config(fixit_town)
    result = fixit(TOWN_DO, cwd=fixit_town)
    assert result.returncode == 1  # 2 would mean Fixit caught an exception from the rule
    assert located(result.stdout, FIXIT_LINE) == [(TOWN_DO, 1, 0, "WC000")]
    assert "pyproject.toml:13: 'sleep-after' must be a positive duration" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
