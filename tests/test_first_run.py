"""What a new user meets on a first run: the real `wakecheck` command on small projects in tmp dirs.

No silent pass (patterns that match nothing, nothing to check, no configuration),
`strict`, `idle-unit`, paths from a subdirectory, unknown commands, and the other rough
edges of issue 26, each through a subprocess as a user would run it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CONFIG = """\
[project]
name = "nb"

[tool.wakecheck]
entry = ["*.Worker.alarm"]
container-factories = ["*.get_container"]
active-guards = ["*.has_active_work"]
"""

WORKER = """\
from nb.util import get_container, refresh


class Worker:
    def has_active_work(self):
        return bool(self.jobs)

    async def alarm(self):
        await refresh(self.env)
        if self.has_active_work():
            await get_container(self.env).fetch("/work")
"""

UTIL = """\
def get_container(env):
    return env.SANDBOX.get("main")


async def refresh(env):
    container = get_container(env)
    await container.fetch("/refresh")
"""


def wakecheck(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wakecheck", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=120)


def project(root: Path, config: str | None = CONFIG, files: dict[str, str] | None = None) -> Path:
    """A project under `root`: `src/nb/` with the worker and its helpers (and `files`), `config` as pyproject.toml."""
    sources = {"src/nb/__init__.py": "", "src/nb/worker.py": WORKER, "src/nb/util.py": UTIL, **(files or {})}
    for name, text in sources.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    if config is not None:
        (root / "pyproject.toml").write_text(config)
    return root


def warnings(result: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("wakecheck: warning:")]


# ---------------------------------------------------------------------------
# idle-unit: the word for one idle tenant


def test_messages_and_audit_say_tenant_unless_idle_unit_names_another_word(tmp_path: Path) -> None:
    root = project(tmp_path)
    check = wakecheck("check", "--no-cache", cwd=root)
    assert check.returncode == 1, check.stderr
    assert "wakes the container on an idle tenant (ungated)" in check.stdout
    (root / "pyproject.toml").write_text(CONFIG + 'idle-unit = "shop"\n')
    check = wakecheck("check", "--no-cache", cwd=root)
    assert "wakes the container on an idle shop (ungated)" in check.stdout and "tenant" not in check.stdout
    audit = wakecheck("audit", "--no-cache", cwd=root)
    assert audit.returncode == 0, audit.stderr
    assert "| # | Code path | Fires on idle shop? | Idle wake cost |" in audit.stdout
    assert "town" not in audit.stdout and "tenant" not in audit.stdout


# ---------------------------------------------------------------------------
# No silent pass

ENV_WORKER = """\
class Worker:
    def has_active_work(self):
        return bool(self.jobs)

    async def alarm(self):
        sandbox = self.env.SANDBOX.get("main")
        await sandbox.fetch("/ping")
"""

GOOD_ENV_CONFIG = """\
[tool.wakecheck]
entry = ["*.Worker.alarm"]
container-factories = ["*.SANDBOX.get"]
active-guards = ["*.has_active_work"]
"""

# Every key with a pattern that matches nothing (and the binding spelling without `*.`).
MISCONFIGURED = """\
[tool.wakecheck]
entry = ["*.Worker.alarm", "*.Scheduler.alarm"]
container-factories = ["*.SANDBOX.get", "env.SANDBOX.get"]
sinks = ["*.wake_up"]
active-guards = ["*.has_active_work", "*.has_active_wrok"]
empty-on-idle = { "*.list_jobs" = "no jobs" }
rare = { "*.token_expiring" = "only near expiry" }
quiet-methods = ["get_state"]
"""


def test_each_pattern_that_matches_nothing_is_one_warning_naming_key_and_pattern(tmp_path: Path) -> None:
    good = project(tmp_path / "good", GOOD_ENV_CONFIG, {"src/nb/worker.py": ENV_WORKER})
    bad = project(tmp_path / "bad", MISCONFIGURED, {"src/nb/worker.py": ENV_WORKER})
    expected = wakecheck("check", "--no-cache", "--format", "json", cwd=good)
    assert (expected.returncode, warnings(expected)) == (1, []), expected.stderr
    result = wakecheck("check", "--no-cache", "--format", "json", cwd=bad)
    assert warnings(result) == [
        "wakecheck: warning: entry pattern '*.Scheduler.alarm' matches no function",
        "wakecheck: warning: container-factories pattern 'env.SANDBOX.get' matches nothing in the analysed code"
        " (did you mean '*.env.SANDBOX.get'?)",
        "wakecheck: warning: sinks pattern '*.wake_up' matches nothing in the analysed code",
        "wakecheck: warning: active-guards pattern '*.has_active_wrok' matches nothing in the analysed code",
        "wakecheck: warning: empty-on-idle pattern '*.list_jobs' matches nothing in the analysed code",
        "wakecheck: warning: rare pattern '*.token_expiring' matches nothing in the analysed code",
        "wakecheck: warning: quiet-methods name 'get_state' is never called on a container handle",
    ]
    # Warnings change neither the findings nor the exit code ...
    assert (result.returncode, result.stdout) == (1, expected.stdout)
    # ... unless strict (the flag, or the key) makes them errors: exit 2, the same report.
    strict = wakecheck("check", "--no-cache", "--format", "json", "--strict", "-q", cwd=bad)
    assert (strict.returncode, strict.stdout) == (2, expected.stdout)
    assert len(strict.stderr.splitlines()) == 7
    assert all(line.startswith("wakecheck: error (strict): ") for line in strict.stderr.splitlines())
    (bad / "pyproject.toml").write_text(MISCONFIGURED + "strict = true\n")
    audit = wakecheck("audit", "--no-cache", cwd=bad)
    assert audit.returncode == 2 and "error (strict): sinks pattern '*.wake_up'" in audit.stderr
    assert "wake_up" not in audit.stdout  # the document is the same with or without warnings


def test_patterns_met_only_behind_an_idle_guard_are_not_reported(tmp_path: Path) -> None:
    # Every wake is gated: a check does not follow the cut-off paths, yet the factory,
    # the sink and the quiet method on them match what is written there.
    gated = WORKER.replace("        await refresh(self.env)\n", "").replace(
        '            await get_container(self.env).fetch("/work")\n',
        "            await refresh(self.env)\n"
        "            wake_up()\n"
        "            get_container(self.env).get_state()\n")
    config = CONFIG + 'sinks = ["*.wake_up"]\nquiet-methods = ["get_state"]\n'
    root = project(tmp_path, config, {"src/nb/worker.py": "def wake_up(): ...\n\n\n" + gated})
    for command in ("check", "audit"):
        result = wakecheck(command, "--no-cache", "--strict", cwd=root)
        assert (result.returncode, result.stderr) == (0, ""), result.stderr


def test_without_configuration_it_says_what_it_assumed(tmp_path: Path) -> None:
    root = project(tmp_path, config=None)
    result = wakecheck("check", "--no-cache", cwd=root)
    assert result.returncode == 0 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[:2] == [
        "wakecheck: note: no [tool.wakecheck] configuration found from . upwards; assuming the default entries"
        " (methods named `alarm` and the periodic idioms wakecheck recognises), the built-in models of the"
        " libraries the code imports, and no container-factories or sinks",
        "wakecheck: warning: no container-factories or sinks are configured, and the code the entries reach"
        " calls no library that wakes a resource (asyncpg, psycopg, SQLAlchemy, redis, …); nothing to check",
    ]
    assert wakecheck("check", "--no-cache", "--strict", cwd=root).returncode == 2
    assert wakecheck("check", "--no-cache", "-q", cwd=root).stderr == ""


SWEEPER = """\
import time

import psycopg

CONN = psycopg.connect("dbname=shop")


def sweep_forever():
    while True:
        CONN.execute("DELETE FROM carts WHERE abandoned")
        time.sleep(600)
"""


def test_without_configuration_a_loop_found_by_its_idiom_leaves_alarm_unmentioned(tmp_path: Path) -> None:
    # The default entry set is `alarm` methods and the idioms: one of them finding the loop is enough.
    root = tmp_path / "shop"
    (root / "shop").mkdir(parents=True)
    (root / "shop" / "__init__.py").write_text("")
    (root / "shop" / "sweeper.py").write_text(SWEEPER)
    result = wakecheck("check", "--no-cache", "--strict", cwd=root)
    assert result.returncode == 1, result.stderr
    assert "wakes the Postgres database" in result.stdout
    assert warnings(result) == [] and "alarm' matches no function" not in result.stderr
    # The same set finding nothing at all still says so.
    (root / "shop" / "sweeper.py").write_text(SWEEPER.replace("    while True:\n", "    if True:\n"))
    empty = wakecheck("check", "--no-cache", cwd=root)
    assert warnings(empty) == ["wakecheck: warning: no function matches the entry patterns (alarm) and no"
                               " periodic idiom was found; nothing to check"], empty.stderr


def test_a_run_with_nothing_to_check_says_why(tmp_path: Path) -> None:
    root = project(tmp_path, CONFIG.replace("*.Worker.alarm", "*.Worker.tick"))
    result = wakecheck("check", "--no-cache", cwd=root)
    assert result.returncode == 0
    assert warnings(result) == [
        "wakecheck: warning: no function matches the entry patterns (*.Worker.tick); nothing to check"]
    assert wakecheck("check", "--no-cache", "--strict", cwd=root).returncode == 2
    (root / "empty").mkdir()
    empty = wakecheck("check", "--no-cache", "empty", cwd=root)
    assert warnings(empty) == ["wakecheck: warning: no Python files found"]


def test_a_syntax_error_in_the_entry_file_is_the_only_message(tmp_path: Path) -> None:
    broken = WORKER.replace("async def alarm(self):", "async def alarm(self:")
    root = project(tmp_path, files={"src/nb/worker.py": broken})
    result = wakecheck("check", "--no-cache", cwd=root)
    assert result.returncode == 2
    assert result.stdout.startswith("src/nb/worker.py:8:")
    assert result.stderr == "", result.stderr  # not also "no function matches the entry patterns"
    audit = wakecheck("audit", "--no-cache", cwd=root)
    graph = wakecheck("graph", "--format", "mermaid", cwd=root)
    for other in (audit, graph):  # the error line alone, on stderr
        assert other.returncode == 2
        assert other.stderr.splitlines() == [result.stdout.splitlines()[0]], other.stderr


def test_a_large_check_in_units_warns_alike_on_any_number_of_processes_and_from_the_cache(tmp_path: Path) -> None:
    from tests.test_units import CONFIG as UNITS_CONFIG
    from tests.test_units import _project

    _project(tmp_path)
    (tmp_path / "pyproject.toml").write_text(UNITS_CONFIG + 'sinks = ["*.never_called"]\n')
    expected = ["wakecheck: warning: sinks pattern '*.never_called' matches nothing in the analysed code"]
    for args in (["--no-cache", "--jobs", "1"], ["--no-cache", "--jobs", "2"], ["--jobs", "2"], ["--jobs", "2"]):
        result = wakecheck("check", *args, ".", cwd=tmp_path)  # the last run reads it all from the cache
        assert (result.returncode, warnings(result)) == (1, expected), (args, result.stderr)
    # One file edited: the other units' stored findings, and what they met, are reused.
    edited = tmp_path / "pkg" / "m007.py"
    edited.write_text("# edited\n" + edited.read_text())
    result = wakecheck("check", "-v", "--jobs", "2", ".", cwd=tmp_path)
    assert (result.returncode, warnings(result)) == (1, expected), result.stderr
    assert "units' findings from the cache" in result.stderr


# ---------------------------------------------------------------------------
# Paths from a subdirectory


def _findings(result: subprocess.CompletedProcess[str], strip: str = "") -> list[tuple[object, ...]]:
    import json

    found = json.loads(result.stdout)["findings"]
    return [(f["path"].removeprefix(strip), f["line"], f["column"], f["rule"], f["message"],
             [c["path"].removeprefix(strip) for c in f["chain"]]) for f in found]


def test_a_file_given_from_a_subdirectory_reports_what_it_reports_from_the_root(tmp_path: Path) -> None:
    root = project(tmp_path)
    from_root = wakecheck("check", "--no-cache", "--format", "json", "src/nb/util.py", cwd=root)
    from_src = wakecheck("check", "--no-cache", "--format", "json", "nb/util.py", cwd=root / "src")
    from_nb = wakecheck("check", "--no-cache", "--format", "json", "util.py", cwd=root / "src" / "nb")
    assert from_root.returncode == from_src.returncode == from_nb.returncode == 1, from_src.stderr
    expected = _findings(from_root, "src/nb/")
    assert expected and expected[0][0] == "util.py"
    assert _findings(from_src, "nb/") == expected and _findings(from_nb) == expected
    assert '"path": "nb/util.py"' in from_src.stdout


def test_paths_are_relative_to_the_current_directory_without_a_detour(tmp_path: Path) -> None:
    root = project(tmp_path)
    (root / "tests").mkdir()
    for args, cwd, shown in ((["check"], root / "src", "nb/util.py:7:11:"),
                             (["check", ".."], root / "src", "nb/util.py:7:11:"),
                             (["check", ".."], root / "src" / "nb", "util.py:7:11:"),
                             (["check", ".."], root / "tests", "../src/nb/util.py:7:11:")):
        result = wakecheck(*args, "--no-cache", cwd=cwd)
        assert result.stdout.startswith(shown), (args, cwd, result.stdout)
    audit = wakecheck("audit", "--no-cache", "..", cwd=root / "src")
    assert "../src/" not in audit.stdout and "(nb/util.py#L7)" in audit.stdout


# ---------------------------------------------------------------------------
# Unknown commands


def test_an_unknown_command_is_one_line_with_the_closest_command(tmp_path: Path) -> None:
    root = project(tmp_path)
    typo = wakecheck("chekc", cwd=root)
    assert (typo.returncode, typo.stdout) == (2, "")
    assert typo.stderr == "wakecheck: error: unknown command 'chekc' (did you mean 'check'?)\n"
    other = wakecheck("frobnicate", cwd=root)
    assert other.returncode == 2 and len(other.stderr.splitlines()) == 1
    assert other.stderr.startswith("wakecheck: error: unknown command 'frobnicate', and no file or directory")
    # A word that names a file or directory is still a path to check.
    assert wakecheck("src", "--no-cache", cwd=root).returncode == 1
    missing = wakecheck("nb/missing.py", cwd=root)
    assert missing.stderr == "wakecheck: error: nb/missing.py: no such file or directory\n"


# ---------------------------------------------------------------------------
# The configuration file as given


def test_an_error_in_a_config_file_given_with_config_names_that_file(tmp_path: Path) -> None:
    root = project(tmp_path, config=None, files={"notes.toml": 'entry = ["*.Worker.alarm"]\nsink = []\n'})
    result = wakecheck("check", "--config", "notes.toml", cwd=root / "src")
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == "wakecheck: error: notes.toml: config file not found\n"
    result = wakecheck("check", "--config", "../notes.toml", cwd=root / "src")
    assert result.stderr == "wakecheck: error: ../notes.toml:2: unknown key 'sink' (did you mean 'sinks'?)\n"
    assert "wakecheck.toml" not in result.stderr
