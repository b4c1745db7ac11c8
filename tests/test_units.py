"""A large check is analysed in groups of files ("units"), on every core: nothing lost, nothing changed by --jobs.

The project below has 240 files that may hold entries (above the 200 from which a
check is split into units of about 100): its units are m000–m056, m057–m108 and
m109–m239. Every entry calls into a module that lies in another unit, and every
helper it reaches wakes the container: each helper must be reported, whichever unit
and process its callers were analysed in.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.forked_cli import ForkedCli

N = 240
CONFIG = ('[tool.wakecheck]\nentry = ["*.run"]\ncontainer-factories = ["*.stub"]\n'
          'active-guards = ["*.has_active_work"]\n')
ENV = "def stub(town): ...\n\n\ndef has_active_work(town): ...\n\n\nclass Base:\n    def tick(self, town):\n        return None\n"


def _project(root: Path) -> None:
    (root / "pyproject.toml").write_text(CONFIG, encoding="utf-8")
    pkg = root / "pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "env.py").write_text(ENV, encoding="utf-8")
    for i in range(N):
        other = (i + 137) % N
        (pkg / f"m{i:03d}.py").write_text(
            f"from pkg import env\nfrom pkg import m{other:03d} as other\n\n\n"
            f"class Worker{i}(env.Base):\n"
            f"    def run(self, town):\n"
            f"        if env.has_active_work(town):\n"
            f"            env.stub(town).fetch('/busy/{i}')\n"
            f"        other.helper(town)\n"
            f"        self.tick(town)\n\n\n"
            f"def helper(town):\n"
            f"    env.stub(town).fetch('/idle/{i}')\n",
            encoding="utf-8")


# These tests run the command some 50 times for what the units say: each run is a
# process of its own (tests/forked_cli.py), without paying wakecheck's imports again.
# The runs they are held to (`_truth`, the first of the --jobs comparisons) start
# `python -m wakecheck`: the runs of one server share its hash seed, and an answer
# that hung on it would differ from theirs.
CLI = ForkedCli()


@pytest.fixture(scope="module", autouse=True)
def _forked_cli() -> Iterator[None]:
    yield
    CLI.close()


def _check(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return CLI.run(["check", "--format", "json", *args, "."], root)


def _started(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wakecheck", "check", "--format", "json", *args, "."],
                          cwd=root, capture_output=True, text=True, timeout=600)


def test_every_helper_is_found_and_jobs_do_not_change_the_report(tmp_path: Path) -> None:
    _project(tmp_path)
    one = _started(tmp_path, "--no-cache", "--jobs", "1")
    two = _check(tmp_path, "--no-cache", "--jobs", "2")
    assert one.returncode == 1, one.stderr
    assert "Traceback" not in one.stderr + two.stderr
    assert one.stdout == two.stdout
    findings = json.loads(one.stdout)["findings"]
    idle = sorted(f["path"] for f in findings if f["rule"] == "WC001")
    # One finding per helper (line 14), none for the guarded call (line 8).
    assert idle == [f"pkg/m{i:03d}.py" for i in range(N)]
    assert all(f["line"] == 14 for f in findings)
    # Each helper is reported through its caller: the entry of the module 137 before it.
    by_path = {f["path"]: f for f in findings}
    caller = (5 - 137) % N
    assert [c["function"] for c in by_path["pkg/m005.py"]["chain"]] == [
        f"pkg.m{caller:03d}.Worker{caller}.run", "pkg.m005.helper"]


def test_units_through_the_cache_give_the_same_report(tmp_path: Path) -> None:
    _project(tmp_path)
    cold = _started(tmp_path, "--no-cache", "--jobs", "1")
    filled = _check(tmp_path, "--jobs", "2")  # lowers into the cache, the units read it back
    (tmp_path / "pkg" / "m001.py").write_text(
        (tmp_path / "pkg" / "m001.py").read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    edited = _check(tmp_path, "--jobs", "2")  # one file parsed again, the others from the cache
    again = _check(tmp_path, "--jobs", "1")
    assert cold.stdout == filled.stdout == edited.stdout == again.stdout
    assert cold.returncode == filled.returncode == edited.returncode == again.returncode == 1
    assert list((tmp_path / ".wakecheck_cache").iterdir())


def _truth(root: Path) -> str:
    """The report of an analysis with no cache at all, in one process (--jobs does not change it)."""
    return _started(root, "--no-cache", "--jobs", "1").stdout


def _units_line(result: subprocess.CompletedProcess[str]) -> str:
    last = result.stderr.strip().splitlines()[-1]
    return last.rpartition("; ")[2]


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_an_edit_reanalyses_only_the_units_that_read_the_file(tmp_path: Path) -> None:
    _project(tmp_path)
    first = _check(tmp_path, "-v", "--jobs", "1")
    assert _units_line(first) == "0 of 3 units' findings from the cache"
    m150 = tmp_path / "pkg" / "m150.py"
    # A comment changes the text, not the lowered form: every unit's findings still hold.
    m150.write_text(m150.read_text(encoding="utf-8") + "# a comment\n", encoding="utf-8")
    commented = _check(tmp_path, "-v", "--jobs", "2")
    assert _units_line(commented) == "3 of 3 units' findings from the cache"
    assert commented.stdout == first.stdout
    # Guarding m150's helper removes its finding. Unit 2 holds m150 and unit 0 holds m013,
    # whose entry calls that helper: both must be analysed again (a unit that reused its
    # old findings would still report the helper); unit 1 never read m150.
    _edit(m150, "    env.stub(town).fetch('/idle/150')",
          "    if env.has_active_work(town):\n        env.stub(town).fetch('/idle/150')")
    guarded = _check(tmp_path, "-v", "--jobs", "2")
    assert _units_line(guarded) == "1 of 3 units' findings from the cache"
    assert guarded.stdout == _truth(tmp_path)
    paths = [f["path"] for f in json.loads(guarded.stdout)["findings"]]
    assert "pkg/m150.py" not in paths and len(paths) == N - 1
    # And back: the units analysed again see the helper again.
    _edit(m150, "    if env.has_active_work(town):\n        env.stub(town).fetch('/idle/150')",
          "    env.stub(town).fetch('/idle/150')")
    _edit(m150, "# a comment", "# another comment")  # not the text of a check already made
    back = _check(tmp_path, "-v", "--jobs", "1")
    assert _units_line(back) == "1 of 3 units' findings from the cache"
    assert back.stdout == first.stdout


def test_a_corrupt_unit_entry_means_analysing_again(tmp_path: Path) -> None:
    _project(tmp_path)
    first = _check(tmp_path, "-v")
    (tmp_path / "pkg" / "m000.py").write_text(
        (tmp_path / "pkg" / "m000.py").read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    edited = _check(tmp_path, "-v")
    assert edited.stdout == first.stdout
    # One slot per unit: the edited unit's findings replaced the old ones.
    stored = sorted((tmp_path / ".wakecheck_cache").rglob("units/unit-*"))
    assert len(stored) == 3
    for entry in stored:
        entry.write_bytes(b"not a pickle")
    (tmp_path / "pkg" / "m000.py").write_text(
        (tmp_path / "pkg" / "m000.py").read_text(encoding="utf-8") + "# touched\n", encoding="utf-8")
    corrupt = _check(tmp_path, "-v")
    assert corrupt.returncode == 1 and "Traceback" not in corrupt.stderr
    assert _units_line(corrupt) == "0 of 3 units' findings from the cache"
    assert corrupt.stdout == first.stdout


def test_a_file_added_or_removed_concerns_only_the_units_that_asked_for_it(tmp_path: Path) -> None:
    _project(tmp_path)
    # m005's entry also calls into a module that is not there yet (unit 0 asks for it and
    # finds nothing), and m010's imports a bare `later2`, which resolves to nothing yet
    # either: a module named so, or else the one module whose name ends in `.later2`.
    _edit(tmp_path / "pkg" / "m005.py", "        self.tick(town)\n",
          "        self.tick(town)\n        from pkg import later\n        later.helper(town)\n")
    _edit(tmp_path / "pkg" / "m010.py", "        self.tick(town)\n",
          "        self.tick(town)\n        import later2\n        later2.helper(town)\n")
    first = _check(tmp_path, "-v", "--jobs", "1")
    assert _units_line(first) == "0 of 3 units' findings from the cache"
    # A file no unit asked for: every unit's findings hold.
    (tmp_path / "pkg" / "extra.py").write_text("X = 1\n", encoding="utf-8")
    extra = _check(tmp_path, "-v", "--jobs", "2")
    assert _units_line(extra) == "3 of 3 units' findings from the cache"
    assert extra.stdout == first.stdout
    # The module m005's entry asked for: unit 0 is analysed again and reaches its wake.
    wake = "from pkg import env\n\n\ndef helper(town):\n    env.stub(town).fetch('/later')\n"
    (tmp_path / "pkg" / "later.py").write_text(wake, encoding="utf-8")
    later = _check(tmp_path, "-v", "--jobs", "2")
    assert _units_line(later) == "2 of 3 units' findings from the cache"
    assert later.stdout == _truth(tmp_path)
    found = {f["path"]: f for f in json.loads(later.stdout)["findings"]}
    assert [c["function"] for c in found["pkg/later.py"]["chain"]] == ["pkg.m005.Worker5.run", "pkg.later.helper"]
    # The module `later2` now resolves to, by its name's end.
    (tmp_path / "pkg" / "later2.py").write_text(wake.replace("/later", "/later2"), encoding="utf-8")
    later2 = _check(tmp_path, "-v", "--jobs", "2")
    assert _units_line(later2) == "2 of 3 units' findings from the cache"
    assert later2.stdout == _truth(tmp_path)
    found = {f["path"]: f for f in json.loads(later2.stdout)["findings"]}
    assert [c["function"] for c in found["pkg/later2.py"]["chain"]] == [
        "pkg.m010.Worker10.run", "pkg.later2.helper"]
    # A file that may hold entries joins one unit: only that one is analysed again.
    (tmp_path / "pkg" / "m150b.py").write_text(
        "from pkg import env\n\n\nclass Late:\n    def run(self, town):\n        env.stub(town).fetch('/new')\n",
        encoding="utf-8")
    new = _check(tmp_path, "-v", "--jobs", "2")
    assert _units_line(new) == "2 of 3 units' findings from the cache"
    assert new.stdout == _truth(tmp_path)
    assert "pkg/m150b.py" in [f["path"] for f in json.loads(new.stdout)["findings"]]
    # A file removed: its unit, and unit 1, whose m063 entry called its helper.
    (tmp_path / "pkg" / "m200.py").unlink()
    removed = _check(tmp_path, "-v", "--jobs", "2")
    assert _units_line(removed) == "1 of 3 units' findings from the cache"
    assert removed.stdout == _truth(tmp_path)
    assert "pkg/m200.py" not in removed.stdout


def test_a_unit_depends_on_the_parts_of_a_module_it_read(tmp_path: Path) -> None:
    _project(tmp_path)
    first = _check(tmp_path, "-v", "--jobs", "1")
    m150 = tmp_path / "pkg" / "m150.py"
    # Unit 0 reads m150 (m013's entry calls its helper), but only the helper and the names
    # that lead to it: a function added that nothing calls leaves unit 0's findings as they
    # were. Only unit 2, which holds m150 (every function there may be an entry), is analysed again.
    m150.write_text(m150.read_text(encoding="utf-8") + "\n\ndef unused(town):\n    return town\n",
                    encoding="utf-8")
    added = _check(tmp_path, "-v", "--jobs", "2")
    assert _units_line(added) == "2 of 3 units' findings from the cache"
    assert added.stdout == first.stdout == _truth(tmp_path)
    # A class added to m150 may be a subclass of what unit 0 analyses: m013's entry calls
    # self.tick() on any Worker13, and this one's tick wakes the container. Only unit 0's
    # analysis reaches it (Late's own run is an entry that calls nothing), so a unit 0 that
    # kept its findings would miss it.
    m150.write_text(m150.read_text(encoding="utf-8")
                    + "\n\nfrom pkg import m013 as base13\n\n\nclass Late(base13.Worker13):\n"
                      "    def run(self, town):\n        return None\n\n"
                      "    def tick(self, town):\n        env.stub(town).fetch('/late')\n",
                    encoding="utf-8")
    subclass = _check(tmp_path, "-v", "--jobs", "2")
    assert _units_line(subclass) == "1 of 3 units' findings from the cache"
    assert subclass.stdout == _truth(tmp_path)
    late = [f for f in json.loads(subclass.stdout)["findings"] if "Late" in f["chain"][-1]["function"]]
    assert [c["function"] for c in late[0]["chain"]] == ["pkg.m013.Worker13.run", "pkg.m150.Late.tick"]


def test_a_unit_depends_on_the_names_it_looked_up(tmp_path: Path) -> None:
    _project(tmp_path)
    m150 = tmp_path / "pkg" / "m150.py"
    # m150's helper is a name bound to one of two functions: which one is a global
    # binding, not part of either function.
    _edit(m150, "def helper(town):\n", "def _loud(town):\n")
    m150.write_text(m150.read_text(encoding="utf-8") + "\n\ndef _quiet(town):\n    return None\n\n\nhelper = _loud\n",
                    encoding="utf-8")
    first = _check(tmp_path, "-v", "--jobs", "1")
    assert "pkg/m150.py" in [f["path"] for f in json.loads(first.stdout)["findings"]]
    # Rebinding the name leaves both functions as they were; unit 0, whose entry calls
    # m150.helper, must still be analysed again, and no longer reaches the wake.
    _edit(m150, "helper = _loud", "helper = _quiet")
    rebound = _check(tmp_path, "-v", "--jobs", "2")
    assert _units_line(rebound) == "1 of 3 units' findings from the cache"
    assert rebound.stdout == _truth(tmp_path)
    assert "pkg/m150.py" not in [f["path"] for f in json.loads(rebound.stdout)["findings"]]


def test_a_unit_depends_on_the_classes_it_looked_up(tmp_path: Path) -> None:
    _project(tmp_path)
    # Every worker's base class lives in pkg/zbase.py (no entry there: in no unit), and
    # what its `tick` is is a class attribute: a part of the class, not of either function.
    (tmp_path / "pkg" / "zbase.py").write_text(
        "from pkg import env\n\n\ndef _quiet_tick(self, town):\n    return None\n\n\n"
        "def _loud_tick(self, town):\n    env.stub(town).fetch('/tick')\n\n\n"
        "class Base:\n    tick = _quiet_tick\n", encoding="utf-8")
    for i in range(N):
        _edit(tmp_path / "pkg" / f"m{i:03d}.py", "(env.Base)", "(zbase.Base)")
        _edit(tmp_path / "pkg" / f"m{i:03d}.py", "from pkg import env\n", "from pkg import env, zbase\n")
    first = _check(tmp_path, "-v", "--jobs", "1")
    assert "pkg/zbase.py" not in [f["path"] for f in json.loads(first.stdout)["findings"]]
    _edit(tmp_path / "pkg" / "zbase.py", "tick = _quiet_tick", "tick = _loud_tick")
    loud = _check(tmp_path, "-v", "--jobs", "2")
    # Every unit's entries call self.tick(): every unit is analysed again.
    assert _units_line(loud) == "0 of 3 units' findings from the cache"
    assert loud.stdout == _truth(tmp_path)
    tick = [f for f in json.loads(loud.stdout)["findings"] if f["path"] == "pkg/zbase.py"]
    assert [c["function"] for c in tick[0]["chain"]] == ["pkg.m000.Worker0.run", "pkg.zbase._loud_tick"]


def test_findings_move_with_the_code_they_point_into(tmp_path: Path) -> None:
    _project(tmp_path)
    first = _check(tmp_path, "-v", "--jobs", "1")
    m150 = tmp_path / "pkg" / "m150.py"
    # A function inserted above m150's helper moves it down 4 lines. Unit 0 reads the helper
    # (m013's entry calls it) and reports its wake: that unit's findings still hold, at
    # the helper's new line. Only unit 2, which holds m150, is analysed again.
    _edit(m150, "def helper(town):\n", "def unused(town):\n    return town\n\n\ndef helper(town):\n")
    moved = _check(tmp_path, "-v", "--jobs", "2")
    assert _units_line(moved) == "2 of 3 units' findings from the cache"
    assert moved.stdout == _truth(tmp_path) != first.stdout
    wake = [f for f in json.loads(moved.stdout)["findings"] if f["path"] == "pkg/m150.py"]
    assert [(f["line"], f["chain"][-1]["line"]) for f in wake] == [(18, 18)]


def test_code_that_moved_is_not_code_that_changed(tmp_path: Path) -> None:
    _project(tmp_path)
    env = tmp_path / "pkg" / "env.py"
    # Every unit reads env's functions and its class Base (the workers' base), and Base
    # stores an attribute in a method below one nobody calls.
    env.write_text(ENV + "\n    def describe(self):\n        return 'base'\n\n"
                         "    def connect(self, town):\n        self.conn = stub(town)\n", encoding="utf-8")
    first = _check(tmp_path, "-v", "--jobs", "1")
    # A docstring at the top moves all of env down; a line added to `describe` moves what
    # `connect` stores. Neither changes what any unit reads: every unit's findings hold.
    env.write_text('"""The environment."""\n\n' + env.read_text(encoding="utf-8"), encoding="utf-8")
    docstring = _check(tmp_path, "-v", "--jobs", "2")
    assert _units_line(docstring) == "3 of 3 units' findings from the cache"
    _edit(env, "        return 'base'\n", "        name = 'base'\n        return name\n")
    longer = _check(tmp_path, "-v", "--jobs", "2")
    assert _units_line(longer) == "3 of 3 units' findings from the cache"
    assert first.stdout == docstring.stdout == longer.stdout == _truth(tmp_path)


def test_a_method_added_to_a_class_concerns_only_who_looks_it_up(tmp_path: Path) -> None:
    _project(tmp_path)
    # Every helper wakes the container through a handle that a method of pkg/zconn.py's
    # Conn opens (no entry there: in no unit), so every unit reads that method of Conn.
    (tmp_path / "pkg" / "zconn.py").write_text(
        "from pkg import env\n\n\nclass Conn:\n    def open(self, town):\n        return env.stub(town)\n",
        encoding="utf-8")
    for i in range(N):
        _edit(tmp_path / "pkg" / f"m{i:03d}.py", "from pkg import env\n", "from pkg import env, zconn\n")
        _edit(tmp_path / "pkg" / f"m{i:03d}.py", f"    env.stub(town).fetch('/idle/{i}')",
              f"    zconn.Conn().open(town).fetch('/idle/{i}')")
    first = _check(tmp_path, "-v", "--jobs", "1")
    assert len(json.loads(first.stdout)["findings"]) == N
    # A method added above `open` changes Conn and moves `open`, but no unit looks up `close`.
    close = "    def close(self):\n        return None\n\n"
    _edit(tmp_path / "pkg" / "zconn.py", "class Conn:\n", "class Conn:\n" + close)
    added = _check(tmp_path, "-v", "--jobs", "2")
    assert _units_line(added) == "3 of 3 units' findings from the cache"
    assert added.stdout == first.stdout == _truth(tmp_path)
    # Nor in the workers' base class: with `entry = ["*.run"]` only a method named `run`
    # could be an entry they inherit.
    _edit(tmp_path / "pkg" / "env.py", "class Base:\n", "class Base:\n" + close)
    base = _check(tmp_path, "-v", "--jobs", "2")
    assert _units_line(base) == "3 of 3 units' findings from the cache"
    assert base.stdout == first.stdout == _truth(tmp_path)
    # A class attribute of that name is what every unit looked up: all are analysed again.
    _edit(tmp_path / "pkg" / "zconn.py", "class Conn:\n", "class Conn:\n    open = None\n\n")
    shadowed = _check(tmp_path, "-v", "--jobs", "2")
    assert _units_line(shadowed) == "0 of 3 units' findings from the cache"
    assert shadowed.stdout == _truth(tmp_path)


def test_a_finding_no_moved_function_holds_means_analysing_again() -> None:
    # The analysis reports lines inside the functions it read; should a stored finding in a
    # moved module lie outside all of them, where it now stands is unknown: the unit is not reused.
    from wakecheck.analysis.reads import ModuleReads
    from wakecheck.model import ChainFrame, Finding, Severity, Span
    from wakecheck.parts import Moves, Stamp

    reads = ModuleReads(functions=("pkg.m.f", "pkg.m.f.g"))
    moves = Moves({"pkg.m": "pkg/m.py"})
    moves.add(Stamp("pkg.m", "old", "d", reads, ((10, 20), (12, 15))),
              Stamp("pkg.m", "new", "d", reads, ((13, 23), (15, 18))))

    def finding(line: int) -> Finding:
        return Finding("WC001", Severity.ERROR, "pkg/m.py", Span(line, 5, line, 9), "m", "pkg.m.f", "x.fetch",
                       (ChainFrame("pkg.m.f", "pkg/m.py", line),))

    moved = moves.apply({"WC001": [finding(14)]}, [])
    assert moved is not None and moved.by_code["WC001"][0].span == Span(17, 5, 17, 9)
    assert moved.by_code["WC001"][0].chain[0].line == 17
    assert moves.apply({"WC001": [finding(25)]}, []) is None


def test_a_stored_unit_of_another_shape_is_refused(tmp_path: Path) -> None:
    # What the cache holds under a unit's key is used only if it is a StoredUnit (wakecheck.stored).
    _project(tmp_path)
    first = _check(tmp_path, "-v")
    import pickle

    for entry in sorted((tmp_path / ".wakecheck_cache").rglob("units/unit-*")):
        key, _ = pickle.loads(entry.read_bytes())
        entry.write_bytes(pickle.dumps((key, ("a", "tuple", "of", "old", "shape"))))
    (tmp_path / "pkg" / "m000.py").write_text(
        (tmp_path / "pkg" / "m000.py").read_text(encoding="utf-8") + "# touched\n", encoding="utf-8")
    again = _check(tmp_path, "-v")
    assert _units_line(again) == "0 of 3 units' findings from the cache"
    assert again.stdout == first.stdout


def test_a_file_added_or_removed_moves_the_ends_of_at_most_two_units() -> None:
    # Where units end hangs on module names, not positions: a name added or removed
    # anywhere changes its own unit and at most the next, and every unit keeps its size
    # between the bounds. (Cut every 100 names, a name added first changes every unit.)
    from wakecheck.units import UNIT_LEAST, UNIT_MOST, units

    names = sorted(f"pkg{i // 40}.mod{i:05d}" for i in range(5000))
    before = units(names)
    assert sum(map(len, before)) == len(names) and [m for u in before for m in u] == names
    assert all(UNIT_LEAST <= len(u) <= UNIT_MOST for u in before[:-1])
    kept = {tuple(u) for u in before}
    for where in (0, 1, 777, 2500, 4999):
        added = units(sorted([*names, names[where] + "_new"]))
        removed = units(names[:where] + names[where + 1:])
        for after in (added, removed):
            assert len([u for u in after if tuple(u) not in kept]) <= 2, where


def test_a_unit_runs_without_the_collector_and_freezes_what_outlives_it(speedups_on: None) -> None:
    import gc

    from wakecheck._speedups.collector import paused

    kept: list[object] = []
    frozen = gc.get_freeze_count()
    try:
        with paused():
            assert not gc.isenabled()
            kept.extend([i] for i in range(1000))  # what a unit leaves alive: lowered modules read for it
        assert gc.isenabled()
        # Frozen, so no collection walks them again; reference counting still frees them.
        assert gc.get_freeze_count() >= frozen + 1000
        # With the collector off already (a caller's choice), it is left as it was.
        gc.disable()
        with paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()


def test_without_the_speedups_the_collector_is_left_alone() -> None:
    import gc

    from wakecheck._speedups.collector import paused

    frozen = gc.get_freeze_count()
    with paused():
        assert gc.isenabled()
    assert gc.get_freeze_count() == frozen


def test_batches_shrink_towards_the_end_and_keep_every_job_in_order() -> None:
    from wakecheck.workers import LEAST_BATCH, guided

    jobs = list(range(2823))
    batches = guided(jobs, 2)
    assert [job for batch in batches for job in batch] == jobs
    sizes = [len(batch) for batch in batches]
    assert sizes == sorted(sizes, reverse=True)  # large while much is left
    assert sizes[0] == 2823 // 16 and sizes[-1] <= LEAST_BATCH  # a few files at the end
    assert guided([], 2) == [] and guided([1], 4) == [[1]]


def test_lowering_makes_no_reference_cycles() -> None:
    # Workers lower their batches with the cyclic collector off (_speedups.collector.paused):
    # what a lowering leaves must be freed by reference counting alone.
    import gc

    from wakecheck.parsing import SourceText, lower_source, parsing_batch

    files = sorted((Path(__file__).parent.parent / "fixtures").rglob("*.py"))
    sources = [SourceText(path.name, path.read_text(encoding="utf-8")) for path in files]
    sources.append(SourceText("bad.py", "def f(:\n"))
    with parsing_batch():  # once first: what the first use of each part imports and builds
        for i, source in enumerate(sources):
            lower_source(source, f"m{i}", False)
    gc.collect()
    gc.disable()
    try:
        with parsing_batch():
            lowered = [lower_source(source, f"m{i}", False) for i, source in enumerate(sources)]
        assert gc.collect() == 0
    finally:
        gc.enable()
    assert len(lowered) == len(sources) > 5
