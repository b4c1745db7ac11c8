"""Python's cyclic garbage collector kept off what an analysis builds and keeps until it ends.

An analysis builds millions of small objects that live until it ends (lowered modules,
summaries, values) and makes almost no reference cycles (none on all of Django): the
collector would walk the growing heap again and again for nothing, about a third of
the analysis time. Reference counting still frees everything.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

from wakecheck import _speedups


def set_thresholds() -> tuple[int, int, int]:
    """Young objects collected every 100,000 allocations, the oldest generation almost never; returns the old thresholds."""
    before = gc.get_threshold()
    gc.set_threshold(100_000, 50, 1_000)
    return (before[0], before[1], before[2])


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """The collector off while a unit is analysed or a batch of files lowered (a no-op unless switched on).

    What is still alive at the end is frozen (`gc.freeze`: the collector never walks it
    again) before the collector comes back: the lowered modules, which the process keeps
    for the next unit; else the first young collection would walk every one of them at
    once. Reference counting still frees what is frozen; only a cycle made meanwhile (an
    exception kept with its traceback) is kept until the process ends.
    """
    if not _speedups.on(_speedups.COLLECTOR) or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()
