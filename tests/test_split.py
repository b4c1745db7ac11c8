"""The text prefilter over a large tree runs in two processes (wakecheck.workers.split_map)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from wakecheck import workers


def test_entries_in_either_half_of_a_large_tree_are_all_found(tmp_path: Path) -> None:
    count = workers.SPLIT_FROM + 101
    holders = {0, count // 2, count // 2 + 1, count - 1}
    for number in range(count):
        body = ("class Town:\n    def alarm(self):\n        return 1\n" if number in holders
                else f"def helper_{number}():\n    return {number}\n")
        (tmp_path / f"mod_{number:04}.py").write_text(body)
    (tmp_path / "pyproject.toml").write_text("[tool.wakecheck]\n")
    result = subprocess.run([sys.executable, "-m", "wakecheck", "check", "-v", "--no-cache", "."],
                            cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "4 file(s) parsed" in result.stderr, result.stderr


@pytest.fixture
def owned(speedups_on: None) -> Iterator[None]:
    if workers.auto_jobs() < 2:
        pytest.skip("one core: nothing is forked")
    yield


def test_a_child_that_fails_leaves_its_half_to_the_parent(owned: None) -> None:
    parent = os.getpid()

    def test(item: int) -> int:
        if os.getpid() != parent:
            raise RuntimeError("only in the child")
        return item % 7

    items = list(range(workers.SPLIT_FROM * 2))
    assert workers.split_map(test, items, lambda item: 1) == [item % 7 for item in items]


def test_the_parents_error_is_raised_and_the_child_reaped(owned: None) -> None:
    parent = os.getpid()

    def test(item: int) -> int:
        if os.getpid() == parent and item == 0:
            raise ValueError("the parent's own")
        return 1

    if not Path("/proc/self/task").is_dir():
        pytest.skip("needs /proc to list this process's children")
    before = _children()
    with pytest.raises(ValueError, match="the parent's own"):
        workers.split_map(test, list(range(workers.SPLIT_FROM * 2)), lambda item: 1)
    assert _children() <= before  # no child left behind, running or a zombie (other tests' may be there)


def _children() -> set[int]:
    """This process's children, from /proc (the test runner's worker may have others of its own)."""
    found: set[int] = set()
    for task in Path("/proc/self/task").glob("*/children"):
        found.update(int(pid) for pid in task.read_text().split())
    return found


def test_suppressions_in_either_share_are_all_read(tmp_path: Path) -> None:
    """The child also says which files hold `wakecheck:`: a stale suppression anywhere is reported."""
    count = workers.SPLIT_FROM + 100
    marked = set(range(0, count, 50))
    for number in range(count):
        comment = "  # wakecheck: ignore[WC001]" if number in marked else ""
        (tmp_path / f"mod_{number:04}.py").write_text(f"VALUE_{number} = {number}{comment}\n")
    (tmp_path / "pyproject.toml").write_text("[tool.wakecheck]\n")
    result = subprocess.run([sys.executable, "-m", "wakecheck", "check", "--no-cache", "--format", "json", "."],
                            cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1, result.stderr
    import json

    findings = json.loads(result.stdout)["findings"]
    paths = sorted(finding["path"] for finding in findings if finding["rule"] == "WC100")
    assert paths == [f"mod_{number:04}.py" for number in sorted(marked)]
