"""`wakecheck graph`: the call graph the analysis resolves, through the real CLI, on files on disk."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.forked_cli import ForkedCli

REPO = Path(__file__).resolve().parent.parent
FIXTURE = REPO / "fixtures" / "towndo"


# Each run is a process of its own, forked from one that imported wakecheck once
# (tests/forked_cli.py); the runs compared for identical output start `python -m
# wakecheck` themselves (`started`), each with a hash seed of its own.
CLI = ForkedCli()


@pytest.fixture(scope="module", autouse=True)
def _forked_cli() -> Iterator[None]:
    yield
    CLI.close()


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return CLI.run(["graph", *args], cwd, timeout=300)


def started(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wakecheck", "graph", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


def project(tmp_path: Path, files: dict[str, str]) -> Path:
    (tmp_path / "wakecheck.toml").write_text("")
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text))
    return tmp_path


def pycg(tmp_path: Path, files: dict[str, str]) -> dict[str, list[str]]:
    done = run("--format", "pycg", ".", cwd=project(tmp_path, files))
    assert done.returncode == 0, done.stderr
    graph: dict[str, list[str]] = json.loads(done.stdout)
    return graph


def test_pycg_format_names_modules_methods_lambdas_and_builtins(tmp_path: Path) -> None:
    graph = pycg(tmp_path, {
        "helpers.py": """
            def shout(text):
                return text.upper()
        """,
        "app.py": """
            import helpers

            class Greeter:
                def __init__(self, name):
                    self.name = name

                def greet(self):
                    return helpers.shout(self.name)

            double = lambda n: n * 2
            greeter = Greeter("ada")
            print(greeter.greet(), double(2))
        """,
    })
    assert graph["app"] == ["<builtin>.print", "app.<lambda1>", "app.Greeter.__init__", "app.Greeter.greet"]
    assert graph["app.Greeter.greet"] == ["helpers.shout"]
    assert graph["helpers.shout"] == []
    assert graph["<builtin>.print"] == []


def test_arguments_are_followed_into_the_callee(tmp_path: Path) -> None:
    graph = pycg(tmp_path, {
        "main.py": """
            def first():
                pass

            def second():
                pass

            def run(callback):
                callback()

            run(first)
            run(second)
        """,
    })
    assert graph["main.run"] == ["main.first", "main.second"]
    assert graph["main"] == ["main.run"]


def test_a_store_under_a_constant_key_replaces_the_entry(tmp_path: Path) -> None:
    graph = pycg(tmp_path, {
        "main.py": """
            def old():
                pass

            def new():
                pass

            table = {"go": old}
            table["go"] = new
            table["go"]()
        """,
    })
    assert graph["main"] == ["main.new"]


def test_raising_a_class_and_iterating_an_object_run_their_methods(tmp_path: Path) -> None:
    graph = pycg(tmp_path, {
        "main.py": """
            class Stop(Exception):
                def __init__(self):
                    pass

            class Countdown:
                def __iter__(self):
                    return self

                def __next__(self):
                    raise Stop

            for n in Countdown():
                pass
        """,
    })
    assert graph["main"] == ["main.Countdown.__iter__", "main.Countdown.__next__"]
    assert graph["main.Countdown.__next__"] == ["main.Stop.__init__"]


def test_a_decorator_is_called_and_its_wrapper_calls_the_function(tmp_path: Path) -> None:
    graph = pycg(tmp_path, {
        "main.py": """
            def traced(fn):
                def wrapper():
                    return fn()
                return wrapper

            @traced
            def work():
                pass

            work()
        """,
    })
    assert graph["main"] == ["main.traced", "main.traced.wrapper"]
    assert graph["main.traced.wrapper"] == ["main.work"]


def test_a_function_handed_to_unknown_code_is_not_a_call_in_pycg_format(tmp_path: Path) -> None:
    files = {
        "main.py": """
            import scheduler

            def job():
                pass

            scheduler.every(job)
        """,
    }
    graph = pycg(tmp_path, files)
    assert graph["main"] == ["scheduler.every"]
    own = json.loads(run(".", cwd=tmp_path).stdout)
    body = next(f for f in own["functions"] if f["function"] == "main.<module>")
    assert {"callee": "main.job", "kind": "handed", "line": 7, "column": 1} in body["calls"]


def test_json_lists_call_sites_and_unresolved_calls(tmp_path: Path) -> None:
    project(tmp_path, {
        "main.py": """
            def helper():
                pass

            def run(thing):
                helper()
                thing.go()
        """,
    })
    done = run(".", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    by_name = {f["function"]: f for f in document["functions"]}
    assert by_name["main.run"]["calls"] == [{"callee": "main.helper", "kind": "call", "line": 6, "column": 5}]
    assert by_name["main.run"]["unresolved"] == [{"call": "thing.go", "line": 7, "column": 5}]
    assert by_name["main.run"]["path"] == "main.py"
    assert document["errors"] == []


def test_mermaid_draws_the_alarm_loops_reach_on_the_reference_fixture() -> None:
    done = run("--format", "mermaid", "fixtures/towndo", cwd=REPO)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "flowchart LR"
    ids = {line.split("[", 1)[0].split("(", 1)[0].strip(): line for line in lines[1:] if "-->" not in line}
    entry = next(i for i, line in ids.items() if "TownDO.alarm" in line)
    assert '(["gastown.town_do.TownDO.alarm"])' in ids[entry]
    refresh = next(i for i, line in ids.items() if "TownDO.refresh_container_token" in line)
    ensure = next(i for i, line in ids.items() if "ensure_container_token" in line)
    assert f"    {refresh} --> {ensure}" in lines
    # Only what the alarm loop reaches: a function nothing in the loop calls is left out.
    assert not any("TownDO.initialize" in line for line in lines)


@pytest.mark.parametrize("fmt", ["json", "pycg", "mermaid"])
def test_output_is_the_same_on_every_run(fmt: str) -> None:
    first = started("--format", fmt, "fixtures/towndo", cwd=REPO)
    second = started("--format", fmt, "fixtures/towndo", cwd=REPO)
    assert first.returncode == 0, first.stderr
    assert first.stdout == second.stdout


def test_a_file_that_does_not_parse_is_one_error_line_and_the_rest_goes_on(tmp_path: Path) -> None:
    project(tmp_path, {
        "good.py": """
            def ok():
                pass

            ok()
        """,
        "bad.py": "def broken(:\n    pass\n",
    })
    done = run("--format", "pycg", ".", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [done.stderr.strip()]
    assert done.stderr.startswith("bad.py:1:")
    assert json.loads(done.stdout)["good"] == ["good.ok"]


def test_the_analysed_code_is_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    project(tmp_path, {"main.py": f"open({str(marker)!r}, 'w').write('x')\n"})
    done = run(".", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert not marker.exists()


def test_mermaid_without_an_entry_draws_everything_and_dots_handed_functions(tmp_path: Path) -> None:
    project(tmp_path, {
        "main.py": """
            import scheduler

            def job():
                helper()

            def helper():
                pass

            scheduler.every(job)
        """,
    })
    done = run("--format", "mermaid", ".", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "no function matches the entry patterns" in done.stderr
    assert done.stdout.splitlines() == [
        "flowchart LR",
        '    n0["main.#lt;module#gt;"]',
        '    n1["main.helper"]',
        '    n2["main.job"]',
        "    n0 -.-> n2",
        "    n2 --> n1",
    ]
