"""A bug in wakecheck is told apart from findings and from bad input: one line, exit 3.

Each test makes the real command line crash in a subprocess: a launcher replaces one
of wakecheck's own functions with one that raises, then runs ``main()`` (no file of
wakecheck is changed). Met while analysing one file or entry, the bug becomes that
file's error line and the rest is analysed (exit 2); met anywhere else, it is one line
on stderr and exit 3. Ctrl-C is one line and exit 130.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.fuzz import judge
from tests.reliability.test_bad_input import CONFIG, GOOD

BAD = """\
from boxes import get_container


def helper():
    pass


async def alarm(env):
    await get_container(env).fetch("/y")
"""

# argv[1]: "module:attribute" to replace; argv[2]: what the replacement raises; argv[3]:
# a qualified name or module the replacement fails for ("*": always); the rest: wakecheck's arguments.
LAUNCHER = """
import importlib, sys
target, raising, only = sys.argv[1:4]
del sys.argv[1:4]
module_name, _, attribute = target.partition(":")
owner_name, _, method = attribute.partition(".")
module = importlib.import_module(module_name)
owner = getattr(module, owner_name) if method else module
real = getattr(owner, method or attribute)

def fake(*args, **kwargs):
    names = {getattr(a, "qualname", None) for a in args} | {a for a in args if isinstance(a, str)}
    if only == "*" or only in names:
        raise {"KeyError": KeyError("boom\\nsecond line"), "KeyboardInterrupt": KeyboardInterrupt(),
               "ValueError": ValueError("bad value")}[raising]
    return real(*args, **kwargs)

setattr(owner, method or attribute, fake)
from wakecheck.cli import main
sys.argv[0] = "wakecheck"
main()
"""


def crashing(target: str, raising: str, only: str, *args: str, cwd: Path,
             traceback: bool = False) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "WAKECHECK_TRACEBACK"}
    if traceback:
        env["WAKECHECK_TRACEBACK"] = "1"
    return subprocess.run([sys.executable, "-c", LAUNCHER, target, raising, only, *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "pyproject.toml").write_text(CONFIG)
    (tmp_path / "good.py").write_text(GOOD)
    (tmp_path / "bad.py").write_text(BAD)
    return tmp_path


def one_line(result: subprocess.CompletedProcess[str], status: int) -> str:
    assert result.returncode == status, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_a_crash_outside_any_one_file_is_exit_3_and_one_line(project: Path) -> None:
    result = crashing("wakecheck.render.json:render", "KeyError", "*", "check", "--format", "json", ".",
                      cwd=project)
    line = one_line(result, 3)
    assert line == ("wakecheck: internal error while analysing .: KeyError: 'boom\\nsecond line' — "
                    "please report it (set WAKECHECK_TRACEBACK=1 for the traceback)")
    assert result.stdout == ""


def test_the_traceback_on_request(project: Path) -> None:
    result = crashing("wakecheck.render.json:render", "ValueError", "*", "check", "--format", "json", ".",
                      cwd=project, traceback=True)
    assert result.returncode == 3
    assert "Traceback (most recent call last)" in result.stderr and "ValueError: bad value" in result.stderr
    assert result.stderr.splitlines()[-1].startswith("wakecheck: internal error while analysing .: ValueError")


@pytest.mark.parametrize("command", [("audit", "--no-cache", "src"), ("graph", "src")])
def test_every_command_says_it_the_same_way(project: Path, command: tuple[str, ...]) -> None:
    (project / "src").mkdir()
    (project / "src" / "good.py").write_text(GOOD)
    target = "wakecheck.render.markdown:render" if command[0] == "audit" else "wakecheck.render.graph_json:render"
    line = one_line(crashing(target, "ValueError", "*", *command, cwd=project), 3)
    assert line.startswith("wakecheck: internal error while analysing src: ValueError: bad value — please report")


def test_a_command_without_paths(project: Path) -> None:
    line = one_line(crashing("wakecheck.rules:rule", "ValueError", "*", "explain", "WC001", cwd=project), 3)
    assert line.startswith("wakecheck: internal error in `wakecheck explain`: ValueError: bad value")


def test_ctrl_c_is_exit_130_and_one_line(project: Path) -> None:
    result = crashing("wakecheck.render.text:render", "KeyboardInterrupt", "*", "check", ".", cwd=project)
    assert one_line(result, 130) == "wakecheck: interrupted"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_crash_in_one_entry_is_its_error_line_and_the_rest_is_analysed(project: Path, jobs: str) -> None:
    result = crashing("wakecheck.analysis.interp:Interpreter.analyze", "KeyError", "bad.alarm",
                      "check", "--no-cache", "--jobs", jobs, ".", cwd=project)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout.splitlines() == [
        "good.py:5:11: WC001 `get_container(env).fetch` wakes the container on an idle tenant (ungated); "
        "reached via alarm",
        "bad.py:8:1: internal error while analysing `bad.alarm`: KeyError: 'boom\\nsecond line' — "
        "please report it (set WAKECHECK_TRACEBACK=1 for the traceback)",
    ]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_crash_in_one_file_is_its_error_line_in_a_worker_too(project: Path, jobs: str) -> None:
    # With --jobs 2 the file is lowered in a worker process: the same line comes back.
    result = crashing("wakecheck.analysis.lowering:lower_module", "ValueError", "bad",
                      "check", "--format", "json", "--no-cache", "--jobs", jobs, ".", cwd=project)
    assert result.returncode == 2, result.stderr
    report = json.loads(result.stdout)
    assert [f["path"] for f in report["findings"]] == ["good.py"]
    assert report["errors"] == [{
        "path": "bad.py", "line": 1, "column": 1,
        "message": "internal error while analysing this file: ValueError: bad value — "
                   "please report it (set WAKECHECK_TRACEBACK=1 for the traceback)"}]
    # The reliability suite counts it as a crash, exit 2 or not.
    assert judge(result.returncode, result.stdout.encode(), result.stderr.encode())[0] is None


def test_with_the_traceback_asked_for_a_file_s_crash_is_not_contained(project: Path) -> None:
    result = crashing("wakecheck.analysis.lowering:lower_module", "ValueError", "bad",
                      "check", "--no-cache", ".", cwd=project, traceback=True)
    assert result.returncode == 3
    assert "Traceback (most recent call last)" in result.stderr


def test_a_crash_in_one_function_of_the_graph(project: Path) -> None:
    result = crashing("wakecheck.analysis.interp:Interpreter.analyze", "KeyError", "bad.helper", "graph", ".",
                      cwd=project)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        "bad.py:4:1: internal error while analysing `bad.helper`: KeyError: 'boom\\nsecond line' — "
        "please report it (set WAKECHECK_TRACEBACK=1 for the traceback)"]
    assert "good.alarm" in result.stdout


def test_a_contained_crash_is_not_kept_in_the_cache(project: Path) -> None:
    crashed = crashing("wakecheck.analysis.lowering:lower_module", "ValueError", "bad", "check", ".", cwd=project)
    assert crashed.returncode == 2 and "internal error" in crashed.stdout
    again = subprocess.run([sys.executable, "-m", "wakecheck", "check", "."], cwd=project, capture_output=True,
                           text=True, timeout=300)
    assert again.returncode == 1, again.stdout + again.stderr
    assert sorted(line.split(":")[0] for line in again.stdout.splitlines()) == ["bad.py", "good.py"]


def test_exit_3_counts_as_a_crash_for_the_reliability_suite(project: Path) -> None:
    result = crashing("wakecheck.render.json:render", "KeyError", "*", "check", "--format", "json", ".",
                      cwd=project)
    report, why = judge(result.returncode, result.stdout.encode(), result.stderr.encode())
    assert report is None and why is not None and why.startswith("exit 3")


# The start of a launcher that signals the whole process group (as a terminal's Ctrl-C or
# a CI runner's SIGTERM does) from a worker process, once. argv[1]: SIGINT or SIGTERM.
SIGNALLER = """
import os, signal, sys
how = sys.argv.pop(1)
signal.signal(signal.SIGINT, signal.default_int_handler)  # as on a terminal
parent = os.getpid()

def signalled_before():  # in a worker: signal the group the first time; True on every later call
    try:
        os.close(os.open("signalled", os.O_CREAT | os.O_EXCL))
    except FileExistsError:
        return True
    os.killpg(0, getattr(signal, how))
    return False
"""

# The group is signalled in the middle of `--jobs 2` lowering, while the other worker is
# still starting.
GROUP_LAUNCHER = SIGNALLER + """
import wakecheck.loading as loading
real = loading.lower_source

def lower_source(*args, **kwargs):
    if os.getpid() != parent:
        signalled_before()
    return real(*args, **kwargs)

loading.lower_source = lower_source

# The second worker is still starting (not yet ignoring signals) when the first signals.
import time
import wakecheck.workers as workers
real_start = workers.quiet_worker

def slow_start():
    try:
        os.close(os.open("first-worker", os.O_CREAT | os.O_EXCL))
    except FileExistsError:
        time.sleep(3)
    real_start()

workers.quiet_worker = slow_start
from wakecheck.cli import main
sys.argv[0] = "wakecheck"
main()
"""


@pytest.mark.parametrize("how", ["SIGINT", "SIGTERM"])
def test_a_signal_to_the_process_group_during_parallel_lowering(tmp_path: Path, how: str) -> None:
    (tmp_path / "pyproject.toml").write_text(CONFIG)
    for i in range(400):  # enough that lowering is still queued when the signal comes
        (tmp_path / f"m{i:03d}.py").write_text(GOOD)
    result = subprocess.run([sys.executable, "-c", GROUP_LAUNCHER, how, "check", "--no-cache", "--jobs", "2", "."],
                            cwd=tmp_path, capture_output=True, text=True, timeout=120, start_new_session=True)
    assert (tmp_path / "signalled").exists()
    # One line from the parent; no worker's traceback; no pool left hanging.
    assert result.stderr.splitlines() == ["wakecheck: interrupted" if how == "SIGINT" else "wakecheck: terminated"]
    assert result.returncode == (130 if how == "SIGINT" else 143)


# The process group is signalled from a worker at the start of the given phase of a `--jobs 2`
# run (lowering modules, or analysing the units' entries). Every later call of that phase in
# a worker is made slow and counted in the file `after`, so the test sees how much work the
# workers took on once the signal came, without timing anything.
STOP_LAUNCHER = SIGNALLER + """
import time
phase = sys.argv.pop(1)
if phase == "lowering":
    import wakecheck.loading as owner
    name = "lower_source"
else:
    from wakecheck.analysis.interp import Interpreter as owner
    name = "analyze"
real = getattr(owner, name)

def slow(*args, **kwargs):
    if os.getpid() != parent and signalled_before():
        with open("after", "a") as counted:
            counted.write("x")
        time.sleep(0.3)
    return real(*args, **kwargs)

setattr(owner, name, slow)
from wakecheck.cli import main
sys.argv[0] = "wakecheck"
main()
"""


@pytest.mark.parametrize("phase", ["lowering", "analysis"])
@pytest.mark.parametrize("how", ["SIGINT", "SIGTERM"])
def test_a_signal_stops_the_workers_at_their_next_module_or_entry(tmp_path: Path, how: str, phase: str) -> None:
    (tmp_path / "pyproject.toml").write_text(CONFIG)
    for i in range(400):  # chunks of 25 modules; units of 100
        (tmp_path / f"m{i:03d}.py").write_text(GOOD)
    result = subprocess.run([sys.executable, "-c", STOP_LAUNCHER, how, phase, "check", "--no-cache", "--jobs", "2",
                             "."], cwd=tmp_path, capture_output=True, text=True, timeout=120,
                            start_new_session=True)
    assert result.stderr.splitlines() == ["wakecheck: interrupted" if how == "SIGINT" else "wakecheck: terminated"]
    assert result.returncode == (130 if how == "SIGINT" else 143)
    # At most the call each worker had begun, and one each before the parent raised the
    # stop flag; waiting for the chunks or units in hand would be dozens.
    after = (tmp_path / "after").read_text() if (tmp_path / "after").exists() else ""
    assert len(after) <= 4, f"{len(after)} {phase} calls after the signal"
    assert not list(tmp_path.glob("**/*.tmp"))


def test_an_inherited_entry_s_error_is_at_its_def_in_the_base_class_s_file(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(CONFIG.replace('"alarm"', '"*.Town.alarm"'))
    (tmp_path / "base.py").write_text("class Base:\n    async def alarm(self):\n        pass\n")
    (tmp_path / "town.py").write_text("from base import Base\n\n\nclass Town(Base):\n    pass\n")
    result = crashing("wakecheck.analysis.interp:Interpreter.analyze", "ValueError", "base.Base.alarm",
                      "check", "--no-cache", ".", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert result.stdout.startswith("base.py:2:5: internal error while analysing `town.Town.alarm`: ValueError")
