"""Where users meet wakecheck: suppressions, baselines, changed files, stdin, statistics, colour, pre-commit."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
TOKEN_CALL_LINE = 141  # `await self.refresh_container_token()` in TownDO._alarm
HEALTH_CALL_LINE = 137  # `await self.ensure_container_ready(rig_list)`


def wakecheck(*args: str, cwd: Path, stdin: str | None = None,
              env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wakecheck", *args], cwd=cwd, input=stdin,
                          capture_output=True, text=True, timeout=180, env=env)


def annotate(path: Path, line: int, comment: str) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[line - 1] = lines[line - 1].rstrip("\n") + f"  {comment}\n"
    path.write_text("".join(lines), encoding="utf-8")


def codes(result: subprocess.CompletedProcess[str]) -> list[tuple[str, str]]:
    return [(f["rule"], f"{f['path']}:{f['line']}") for f in json.loads(result.stdout)["findings"]]


# ---------------------------------------------------------------------------
# Suppressions


def test_suppression_on_the_call_chain_line_silences_the_finding(town: Path) -> None:
    annotate(town / "gastown" / "town_do.py", TOKEN_CALL_LINE,
             "# wakecheck: ignore[WC001] -- hourly refresh reviewed, see #1975")
    result = wakecheck("check", "--format", "json", ".", cwd=town)
    assert result.returncode == 0, result.stdout
    assert codes(result) == []
    unsuppressed = wakecheck("check", "--format", "json", "--ignore-suppressions", ".", cwd=town)
    assert unsuppressed.returncode == 1
    assert [c for c, _ in codes(unsuppressed)] == ["WC001", "WC001"]


def test_suppression_on_the_sink_line_and_file_wide(town: Path) -> None:
    dispatch = town / "gastown" / "container_dispatch.py"
    annotate(dispatch, 78, "# wakecheck: ignore[WC001]")
    assert codes(wakecheck("check", "--format", "json", ".", cwd=town)) == [
        ("WC001", "gastown/container_dispatch.py:82")]
    dispatch.write_text("# wakecheck: ignore-file[WC001] -- legacy module\n" + dispatch.read_text(encoding="utf-8"),
                        encoding="utf-8")
    result = wakecheck("check", "--format", "json", ".", cwd=town)
    assert result.returncode == 0 and codes(result) == []  # each suppression silences one finding
    text = dispatch.read_text(encoding="utf-8")
    dispatch.write_text(text.replace("# wakecheck: ignore-file[WC001] -- legacy module\n", ""), encoding="utf-8")
    dispatch.write_text(text.replace("# wakecheck: ignore-file[WC001] -- legacy module\n",
                                     "# wakecheck: ignore-file[WC002] -- legacy module\n"), encoding="utf-8")
    result = wakecheck("check", "--format", "json", ".", cwd=town)
    # WC002 is not selected, so its file-wide suppression is not reported as unused.
    assert codes(result) == [("WC001", "gastown/container_dispatch.py:83")]


def test_unused_and_unknown_suppressions_are_reported(town: Path) -> None:
    annotate(town / "gastown" / "town_do.py", HEALTH_CALL_LINE, "# wakecheck: ignore[WC001, WC999]")
    (town / "gastown" / "extra.py").write_text("X = 1  # wakecheck: ignore\n", encoding="utf-8")
    (town / "gastown" / "notes.py").write_text('TEXT = "# wakecheck: ignore[WC001] in a string is not a comment"\n',
                                               encoding="utf-8")
    result = wakecheck("check", ".", cwd=town)
    assert result.returncode == 1
    lines = [line for line in result.stdout.splitlines() if " WC100 " in line]
    assert [line.split(" WC100 ")[0] for line in lines] == [
        "gastown/extra.py:1:8:", "gastown/town_do.py:137:62:", "gastown/town_do.py:137:62:"]
    assert any("unused suppression: no WC001 finding passes through this line" in line for line in lines)
    assert any("unknown rule code WC999" in line for line in lines)
    assert any(line.startswith("gastown/extra.py:1:") and "names no rule" in line for line in lines)
    assert not any("notes.py" in line for line in lines)
    assert wakecheck("check", "--ignore", "WC100", "--select", "WC001", ".", cwd=town).stdout.count("WC100") == 0


# ---------------------------------------------------------------------------
# Baseline


def test_baseline_keeps_known_findings_quiet_fails_new_ones_and_reports_fixed_ones(town: Path) -> None:
    written = wakecheck("check", "--write-baseline", "baseline.json", ".", cwd=town)
    assert written.returncode == 0 and "wrote 2 findings to baseline.json" in written.stderr
    document = json.loads((town / "baseline.json").read_text(encoding="utf-8"))
    assert document["wakecheck_baseline"] == 1 and len(document["findings"]) == 2

    # Known findings stay quiet even after lines move.
    town_do = town / "gastown" / "town_do.py"
    town_do.write_text("# a new first line\n" + town_do.read_text(encoding="utf-8"), encoding="utf-8")
    quiet = wakecheck("check", "--baseline", "baseline.json", ".", cwd=town)
    assert quiet.returncode == 0 and quiet.stdout == ""
    assert "2 known finding(s) in the baseline not shown" in quiet.stderr

    # A new wake fails.
    town_do.write_text(town_do.read_text(encoding="utf-8").replace(
        "        if has_rigs:\n",
        "        await get_town_container_stub(self.env, town_id).fetch(\"http://container/ping\")\n"
        "        if has_rigs:\n", 1), encoding="utf-8")
    new = wakecheck("check", "--baseline", "baseline.json", ".", cwd=town)
    assert new.returncode == 1
    assert new.stdout.count(" WC001 ") == 1 and new.stdout.startswith("gastown/town_do.py:")

    # Fixing the token refresh makes its entries stale.
    fixed = town_do.read_text(encoding="utf-8").replace(
        "        TOKEN_REFRESH_INTERVAL_MS = 60 * 60_000\n",
        "        if not self.has_active_work():\n            return\n        TOKEN_REFRESH_INTERVAL_MS = 60 * 60_000\n")
    town_do.write_text(fixed, encoding="utf-8")
    stale = wakecheck("check", "--baseline", "baseline.json", ".", cwd=town)
    assert "2 baseline entries are stale (fixed)" in stale.stderr
    assert "stale: WC001 gastown/container_dispatch.py `container.fetch`" in stale.stderr


@pytest.mark.parametrize(("content", "message"), [
    (None, "baseline file does not exist"),
    ("{not json", "baseline is not valid JSON"),
    ('{"findings": []}', "not a wakecheck baseline"),
    ('{"wakecheck_baseline": 1, "findings": [{"rule": 1}]}', "baseline finding 1 needs string fields"),
])
def test_bad_baselines_are_one_line_errors(town: Path, content: str | None, message: str) -> None:
    if content is not None:
        (town / "b.json").write_text(content, encoding="utf-8")
    result = wakecheck("check", "--baseline", "b.json", ".", cwd=town)
    assert result.returncode == 2
    assert result.stderr.startswith("wakecheck: error: b.json: ") and message in result.stderr
    assert result.stderr.count("\n") == 1


# ---------------------------------------------------------------------------
# Changed files (pre-commit), stdin, statistics, colour, quiet


def test_changed_files_see_the_whole_project_and_report_what_touches_them(town: Path) -> None:
    touching = wakecheck("check", "gastown/container_dispatch.py", cwd=town)
    assert touching.returncode == 1 and touching.stdout.count(" WC001 ") == 2
    via_chain = wakecheck("check", "gastown/town_do.py", cwd=town)  # the chain passes through it
    assert via_chain.returncode == 1 and via_chain.stdout.count(" WC001 ") == 2
    elsewhere = wakecheck("check", "gastown/agents.py", "gastown/mail.py", cwd=town)
    assert elsewhere.returncode == 0 and elsewhere.stdout == ""


def test_stdin_with_a_filename_is_analysed_in_its_project(town: Path) -> None:
    source = (town / "gastown" / "town_do.py").read_text(encoding="utf-8")
    fixed = source.replace("        TOKEN_REFRESH_INTERVAL_MS = 60 * 60_000\n",
                           "        if not self.has_active_work():\n            return\n"
                           "        TOKEN_REFRESH_INTERVAL_MS = 60 * 60_000\n")
    clean = wakecheck("check", "-", "--stdin-filename", "gastown/town_do.py", cwd=town, stdin=fixed)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    dirty = wakecheck("check", "-", "--stdin-filename", "gastown/town_do.py", cwd=town, stdin=source)
    assert dirty.returncode == 1 and dirty.stdout.count(" WC001 ") == 2
    missing = wakecheck("check", "-", cwd=town, stdin=source)
    assert missing.returncode == 2 and "needs --stdin-filename" in missing.stderr


def test_statistics_quiet_verbose_and_colour(town: Path) -> None:
    stats = wakecheck("check", "--statistics", ".", cwd=town)
    assert stats.returncode == 1 and stats.stdout == "    2\tWC001\tidle-wake\n"
    verbose = wakecheck("check", "-v", ".", cwd=town)
    assert "wakecheck: 2 finding(s), 0 suppressed, 0 in the baseline, 0 file error(s); " in verbose.stderr
    env = {**os.environ, "FORCE_COLOR": "1"}
    env.pop("NO_COLOR", None)
    coloured = wakecheck("check", ".", cwd=town, env=env)
    assert "\033[31m\033[1mWC001\033[0m" in coloured.stdout
    no_color = wakecheck("check", ".", cwd=town, env={**env, "NO_COLOR": "1"})
    assert "\033[" not in no_color.stdout
    never = wakecheck("check", "--color", "never", ".", cwd=town, env=env)
    assert "\033[" not in never.stdout
    piped = wakecheck("check", ".", cwd=town, env={k: v for k, v in env.items() if k != "FORCE_COLOR"})
    assert "\033[" not in piped.stdout, "auto: no colour when stdout is not a terminal"
    (town / "empty").mkdir()
    quiet = wakecheck("check", "-q", "empty", cwd=town)
    assert quiet.stderr == ""


# ---------------------------------------------------------------------------
# pre-commit, for real


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_pre_commit_try_repo_runs_both_hooks(town: Path, tmp_path: Path) -> None:
    pre_commit = shutil.which("pre-commit") or str(Path(sys.executable).parent / "pre-commit")
    if not Path(pre_commit).exists():
        pytest.skip("pre-commit is not installed (pip install -e '.[test]')")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", "-c", "commit.gpgsign=false"]
    subprocess.run([*git, "init", "-q"], cwd=town, check=True)
    subprocess.run([*git, "add", "-A"], cwd=town, check=True)
    subprocess.run([*git, "commit", "-q", "-m", "fixture"], cwd=town, check=True)
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home")}

    def try_repo(*files: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([pre_commit, "try-repo", str(REPO), "--files", *files], cwd=town, env=env,
                              capture_output=True, text=True, timeout=900)

    dirty = try_repo("gastown/container_dispatch.py")
    assert dirty.returncode == 1, dirty.stdout + dirty.stderr
    assert "gastown/container_dispatch.py:82:22: WC001" in dirty.stdout
    assert "wakecheck audit is up to date" in dirty.stdout
    clean = try_repo("gastown/agents.py")
    assert clean.returncode == 0, clean.stdout + clean.stderr


def test_progress_bar_only_on_a_terminal(tmp_path: Path) -> None:
    import pty

    (tmp_path / "pyproject.toml").write_text('[tool.wakecheck]\nentry = ["*.alarm"]\n', encoding="utf-8")
    for number in range(25):
        (tmp_path / f"m{number}.py").write_text("class L:\n    def alarm(self):\n        pass\n", encoding="utf-8")
    master, slave = pty.openpty()
    process = subprocess.run([sys.executable, "-m", "wakecheck", "check", "."], cwd=tmp_path, stderr=slave,
                             stdout=subprocess.PIPE, timeout=120)
    os.close(slave)
    shown = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(master)
    assert process.returncode == 0
    assert b"wakecheck: analysing" in shown and b"100%" in shown
    piped = wakecheck("check", ".", cwd=tmp_path)
    assert "analysing" not in piped.stderr
    quiet = subprocess.run([sys.executable, "-m", "wakecheck", "check", "-q", "."], cwd=tmp_path, timeout=120,
                           stderr=subprocess.PIPE)
    assert quiet.stderr == b""
