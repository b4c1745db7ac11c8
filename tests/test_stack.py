"""`roomy` runs a job inside one very large frame, and is otherwise a plain call."""

from __future__ import annotations

import sys

import pytest

from wakecheck.stack import _UNUSED_LOCALS, roomy


def test_the_job_runs_beneath_a_frame_bigger_than_a_stack_chunk() -> None:
    # The frame that calls the job holds the unused locals that give it a chunk of its own.
    caller = roomy(lambda: sys._getframe(1).f_code)
    assert caller.co_nlocals >= _UNUSED_LOCALS
    assert caller.co_nlocals * 8 > 16 * 1024 * 64  # far past CPython's 16 KiB chunks


def test_arguments_results_and_exceptions_pass_through() -> None:
    assert roomy(divmod, 7, 2) == (3, 1)
    with pytest.raises(ZeroDivisionError):
        roomy(divmod, 1, 0)


def test_deep_recursion_beneath_it_still_works() -> None:
    def depth(n: int) -> int:
        return 0 if n == 0 else 1 + depth(n - 1)

    assert roomy(depth, 900) == 900
