"""The quick reliability profile, as CI runs it: differential testing, fuzzing, real code.

The profile runs once per session (``python -m tests.reliability`` runs the same
thing and prints the report); each test asserts one of the report's promises.
The report is written to ``tests/reliability/.reports/quick.txt``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from . import differential
from .__main__ import Report, run
from .generator import CONFIG, IDIOMS, STATE, Node, Program, generate
from .program import frame

REPORTS = Path(__file__).resolve().parent / ".reports"


@pytest.fixture(scope="session")
def quick() -> Report:
    report = run("quick")
    REPORTS.mkdir(exist_ok=True)
    (REPORTS / ".gitignore").write_text("*\n")
    (REPORTS / "quick.txt").write_text(report.render(), encoding="utf-8")
    print("\n" + report.render())
    return report


def test_no_executed_wake_is_missed(quick: Report) -> None:
    """Every wake executed is a WC001 (a WC002 under a rare condition) or has a WC003 on its path."""
    assert quick.diff.programs >= 300
    assert quick.diff.wakes_executed > 0
    assert quick.diff.wakes_missed == 0, quick.render()


def test_every_idiom_is_generated_and_executed(quick: Report) -> None:
    """A blind spot of the generator shows as a zero: every idiom is in programs and on the
    path of executed wakes."""
    for name in IDIOMS:
        count = quick.diff.idioms[name]
        assert count.programs >= 10 and count.wakes > 0, (name, quick.render())


def test_generated_programs_run_as_meant(quick: Report) -> None:
    """A program that raises something else than its own exceptions is a generator bug."""
    assert quick.diff.exec_errors == 0, quick.render()


def test_wakecheck_never_crashes(quick: Report) -> None:
    assert quick.diff.crashes == 0, quick.render()
    assert quick.fuzz.inputs >= 300
    assert not quick.fuzz.crashes, quick.render()


def test_real_code_is_deterministic_and_errors_are_located(quick: Report) -> None:
    assert quick.corpora and all(c.files > 0 for c in quick.corpora)
    problems = [p for c in quick.corpora for p in c.problems]
    assert not problems, quick.render()
    stdlib = quick.corpora[0]
    # lib2to3's test data holds Python 2 files: each must be reported, with a location.
    assert stdlib.unparsable > 0 and stdlib.reported_errors >= stdlib.unparsable, quick.render()


WRONG = CONFIG.replace('active-guards = [', 'active-guards = ["*.flag", ')


def _flagged_program() -> Program:
    """A hand-written program: one wake behind an unknown flag."""
    alarm = frame("async def alarm(self):", [
        Node(['wkenv.log("a")']),
        Node(['if wkenv.flag("c1"):'], [[Node(['await self.container.fetch("/s1")']), Node(["return"])]]),
        Node(['await self.container.get_state()']),
    ])
    init = frame("def __init__(self, env):", [Node(["self.container = get_container(env)"])])
    town = [Node(["import wkenv"]), Node(["from wkenv import get_container"]), frame("class Town:", [init, alarm])]
    main = [Node(["from .town import Town"]), frame("def start(env):", [Node(["return Town(env)"])])]
    return Program(0, "p000000", {"town": town, "main": main}, set(), fixed={"state": STATE})


def _line_of(program: Program, text: str) -> tuple[str, int]:
    for rel, source in program.render().items():
        for number, line in enumerate(source.splitlines(), 1):
            if text in line:
                return rel, number
    raise AssertionError(text)


def test_the_oracle_catches_a_wrong_idle_model(tmp_path: Path) -> None:
    """Told that every unknown flag is an activity guard, wakecheck misses the wake behind
    one, and the differential tester must say so: a miss cannot go unnoticed."""
    program = _flagged_program()
    right = differential.check_programs([program], tmp_path / "right", 256, 64)[0]
    assert not right.missed and right.idle_wakes == right.wc001 == {_line_of(program, "/s1")}
    wrong = differential.check_programs([program], tmp_path / "wrong", 256, 64, config=WRONG)[0]
    assert {m[3] for m in wrong.missed} == {"/s1"}


def test_generation_is_reproducible() -> None:
    assert generate(7, "p7").render() == generate(7, "p7").render()
    assert generate(7, "p7").render() != generate(8, "p7").render()


def test_shrinking_keeps_the_miss(tmp_path: Path) -> None:
    """A program that misses a wake under a wrong model shrinks to a smaller one that still does."""
    program = _flagged_program()
    small, small_outcome = differential.shrink(program, tmp_path / "shrink", max_runs=256, samples=64,
                                               budget=40, config=WRONG)
    assert {m[3] for m in small_outcome.missed} == {"/s1"}
    text = small.render()["p000000/town.py"]
    assert 'wkenv.log("a")' not in text and "get_state" not in text and "return\n" not in text
