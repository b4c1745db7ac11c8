"""The quick reliability profile, as CI runs it: differential testing, fuzzing, real code.

The profile runs once per session (``python -m tests.reliability`` runs the same
thing and prints the report); each test asserts one of the report's promises.
The report is written to ``tests/reliability/.reports/quick.txt``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.forked_cli import ForkedCli

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
    assert quick.diff.total.programs >= 300
    assert quick.diff.total.wakes > 0
    assert quick.diff.total.missed == 0, quick.render()


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


def _program(*alarm: Node, methods: tuple[Node, ...] = ()) -> Program:
    """A hand-written program: a town whose alarm runs ``alarm``, built by start-up."""
    init = frame("def __init__(self, env):", [Node(["self.container = get_container(env)"])])
    body = [init, frame("async def alarm(self):", list(alarm)), *methods]
    town = [Node(["import wkenv"]), Node(["from wkenv import get_container"]), frame("class Town:", body)]
    main = [Node(["from .town import Town"]), frame("def start(env):", [Node(["return Town(env)"])])]
    return Program(0, "p000000", {"town": town, "main": main}, set(), fixed={"state": STATE})


def _flagged_program() -> Program:
    """One wake behind an unknown flag."""
    return _program(
        Node(['wkenv.log("a")']),
        Node(['if wkenv.flag("c1"):'], [[Node(['await self.container.fetch("/s1")']), Node(["return"])]]),
        Node(['await self.container.get_state()']),
    )


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
    """A program that misses a wake under a wrong model shrinks to a smaller one that still does.

    Its 33 candidates are analysed in processes forked from one that imported wakecheck
    (tests/forked_cli.py): a Python start and wakecheck's imports cost more than one of them."""
    program = _flagged_program()
    cli = ForkedCli()
    try:
        small, small_outcome = differential.shrink(program, tmp_path / "shrink", max_runs=256, samples=64,
                                                   budget=40, config=WRONG, cli=cli)
    finally:
        cli.close()
    assert {m[3] for m in small_outcome.missed} == {"/s1"}
    text = small.render()["p000000/town.py"]
    assert 'wkenv.log("a")' not in text and "get_state" not in text and "return\n" not in text


def test_each_wake_keeps_the_stacks_that_reached_it(tmp_path: Path) -> None:
    program = _program(Node(["await self.relay()"]),
                       methods=(frame("async def relay(self):", [Node(['await self.container.post("/s1")'])]),))
    outcome = differential.check_programs([program], tmp_path, 256, 64)[0]
    key = _line_of(program, "/s1")
    assert outcome.idle_wakes == {key} and not outcome.missed
    (stack,) = outcome.stacks[key]
    assert [frame[2] for frame in stack] == ["Town.alarm", "Town.relay"]
    assert stack[0][1] == _line_of(program, "self.relay()")[1] and stack[1][1] == key[1]


def test_a_wake_through_a_lost_value_is_lost_not_missed(tmp_path: Path) -> None:
    """A handle handed to a library the analysis cannot see into comes back unknown: the wake
    made through it is no finding, but a WC003 on its path says so, so it is lost, not missed
    (at the call made on what the library handed back)."""
    program = _program(Node(["box = wkenv.opaque(self.container)"]), Node(['await box.fetch("/s1")']))
    outcome = differential.check_programs([program], tmp_path, 256, 64)[0]
    assert not outcome.missed
    assert [lost[3:] for lost in outcome.lost if lost[0] == "idle"] == [("/s1", "call")]


def test_a_wc003_lies_on_a_path_at_a_frame_or_in_its_function() -> None:
    stack = [["p/town.py", 20, "Town.alarm", 18, 30], ["p/helpers_1.py", 7, "step", 5, 9]]
    assert differential._wc003_on_path([stack], {("p/town.py", 20)}) == "call"
    assert differential._wc003_on_path([stack], {("p/helpers_1.py", 9)}) == "function"
    assert differential._wc003_on_path([stack], {("p/helpers_1.py", 10), ("p/state.py", 7)}) is None
