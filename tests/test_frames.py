"""`roomy` runs a job inside one very large frame (with the speed-ups), and is otherwise a plain call."""

from __future__ import annotations

import sys

import pytest

from wakecheck._speedups.frames import UNUSED_LOCALS, roomy


def test_the_job_runs_beneath_a_frame_bigger_than_a_stack_chunk(speedups_on: None) -> None:
    # The frame that calls the job holds the unused locals that give it a chunk of its own.
    caller = roomy(lambda: sys._getframe(1).f_code)
    assert caller.co_nlocals >= UNUSED_LOCALS
    assert caller.co_nlocals * 8 > 16 * 1024 * 64  # far past CPython's 16 KiB chunks


def test_without_the_speedups_it_is_a_plain_call() -> None:
    assert roomy(lambda: sys._getframe(1).f_code).co_name == "roomy"


@pytest.mark.parametrize("speedups", [False, True])
def test_arguments_results_and_exceptions_pass_through(speedups: bool, request: pytest.FixtureRequest) -> None:
    if speedups:
        request.getfixturevalue("speedups_on")
    assert roomy(divmod, 7, 2) == (3, 1)
    with pytest.raises(ZeroDivisionError):
        roomy(divmod, 1, 0)


def test_deep_recursion_beneath_it_still_works() -> None:
    def depth(n: int) -> int:
        return 0 if n == 0 else 1 + depth(n - 1)

    assert roomy(depth, 900) == 900
