"""Worker processes: a pool whose workers stop at their next file or entry when the parent unwinds.

Workers ignore Ctrl-C and SIGTERM (the parent gets them and unwinds), and run with the
parent's speed-up switch. Work goes to them in batches that shrink towards the end.
"""

from __future__ import annotations

import contextlib
import gc
import os
import signal
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, TypeVar

from wakecheck import _speedups

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing.context import BaseContext
    from multiprocessing.synchronize import Event

_J = TypeVar("_J")
_R = TypeVar("_R")

LEAST_BATCH = 2


def auto_jobs() -> int:
    """Processes to use when --jobs does not say: every core the process may run on, at most 8."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(8, cores))


def may_start_processes() -> bool:
    """Whether this process may have worker processes: not when it is a pool's daemonic worker.

    flake8 (with -j) runs its plugins, wakecheck's among them, in such workers, and
    a daemonic process that starts one of its own fails. There a large project is
    analysed in-process: the pool's other workers are busy on the other cores anyway.
    """
    import sys

    multiprocessing = sys.modules.get("multiprocessing")  # not imported: no pool's worker
    return multiprocessing is None or not multiprocessing.current_process().daemon


def fork_context() -> BaseContext:
    """Fork where there is fork: workers start without pickling what the parent has read."""
    import multiprocessing

    return multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)


class Stopped(BaseException):
    """Raised in a worker, at its next module or entry, once the parent has stopped waiting for it.

    A BaseException, so that no handler for a file's or an entry's errors takes it for one.
    """


# In a worker: set by the parent when it unwinds (Ctrl-C, SIGTERM, an error). None in the parent.
_STOP: list[Event] = []


def stop_point() -> None:
    """Where a worker may stop: before each module it lowers or loads, and before each entry."""
    if _STOP and _STOP[0].is_set():
        raise Stopped


@contextlib.contextmanager
def workers(jobs: int, initializer: Callable[..., None], initargs: tuple[object, ...] = (),
            context: BaseContext | None = None) -> Iterator[ProcessPoolExecutor]:
    """A process pool whose workers stop at their next module or entry when the parent unwinds.

    Workers ignore Ctrl-C and SIGTERM (see `quiet_worker`): the parent gets them, and
    leaves this block with an exception. Then it raises the stop flag, drops the work
    not yet begun, and waits only for what each worker has in hand (a module being
    parsed, an entry being analysed), not for its whole share of the work. The stop is
    an exception in the worker, at a point where it writes nothing, so no temporary
    file is left in the cache.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = context or multiprocessing.get_context()
    stop = context.Event()
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_worker_started,
                               initargs=(stop, _speedups.active(), initializer, initargs))
    try:
        yield pool
    except BaseException:
        stop.set()
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


def _worker_started(stop: Event, speedups: bool, initializer: Callable[..., None],
                    initargs: tuple[object, ...]) -> None:
    _STOP[:] = [stop]
    _speedups.own_process(speedups=speedups)  # a worker is wakecheck's own, whoever started the pool
    quiet_worker()
    initializer(*initargs)


def quiet_worker() -> None:
    """Ctrl-C and SIGTERM, sent to the whole process group, are the parent's to handle.

    A worker that raised on them would print a traceback; one that died of them would
    break the pool, which then hangs the parent (CPython 3.11 fails on the futures
    `map` has already cancelled). Ignoring them, a worker goes on to its next stop
    point (`stop_point`), where the unwinding parent's stop flag ends its work.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _HELD)  # held since the fork: now ignored


_HELD = frozenset({signal.SIGINT, signal.SIGTERM})


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """Ctrl-C and SIGTERM wait while workers are forked, so none arrives before a worker ignores them.

    A worker forked with the parent's handlers and signalled before its initializer ran
    would raise KeyboardInterrupt and print a traceback. The parent gets the signal as
    soon as the block ends.
    """
    held = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


SPLIT_FROM = 400  # items below which a second process costs more than it saves


def split_map(test: Callable[[_J], int], items: Sequence[_J], weight: Callable[[_J], int]) -> list[int]:
    """`test` of every item, a number from 0 to 255; in a process of wakecheck's own with a
    second core, about half the items (by `weight`) in a forked child, so that a text scan
    over a large tree uses both cores as ruff does.

    The items are dealt in order to whichever share is lighter, not cut in two halves:
    neighbours cost alike, and the halves of a tree do not. `test` must be pure: the
    child only reports its answers. Whatever goes wrong in the child (an exception, a
    signal, a short answer), the parent works out the child's share itself.
    """
    if len(items) < SPLIT_FROM or not _may_fork():
        return [test(item) for item in items]
    theirs: list[int] = []  # the child's items, by index
    ours: list[int] = []
    totals = [0, 0]
    for index, item in enumerate(items):
        lighter = 0 if totals[0] <= totals[1] else 1
        (ours if lighter == 0 else theirs).append(index)
        totals[lighter] += weight(item)
    read_end, write_end = os.pipe()
    with signals_held():
        pid = os.fork()
        if pid == 0:  # the child: never returns, never unwinds into the parent's code
            status = 1
            try:
                quiet_worker()
                gc.disable()  # a collection would touch, and so copy, every page shared with the parent
                os.close(read_end)
                answers = bytes(test(items[index]) for index in theirs)
                with os.fdopen(write_end, "wb") as out:
                    out.write(answers)
                status = 0
            finally:
                os._exit(status)
    os.close(write_end)
    results = [0] * len(items)
    try:
        with os.fdopen(read_end, "rb") as answered:
            for index in ours:
                results[index] = test(items[index])
            answers = answered.read()
    except BaseException:
        os.kill(pid, signal.SIGKILL)
        raise
    finally:
        _, status = os.waitpid(pid, 0)
    if status != 0 or len(answers) != len(theirs):
        answers = bytes(test(items[index]) for index in theirs)
    for index, answer in zip(theirs, answers):
        results[index] = answer
    return results


def _may_fork() -> bool:
    """Only in wakecheck's own process (never a host's, such as flake8's), with one thread and two cores."""
    import threading

    return (hasattr(os, "fork") and _speedups.owned() and threading.active_count() == 1
            and auto_jobs() > 1 and may_start_processes())


def batched(pool: ProcessPoolExecutor, run: Callable[[list[_J]], list[_R]], jobs: list[_J],
            workers: int) -> Iterator[_R]:
    """Each job's result, in order: the jobs go to `workers` processes in batches that shrink.

    Like `pool.map(f, jobs, chunksize=...)`, but `run` gets a whole batch, so that it
    can do the batch beneath one `roomy` frame (see _speedups.frames). Each batch takes
    an eighth of each process's share of what is left (guided scheduling): few batches
    while much is left, and small ones at the end, so that the process that finishes
    first waits for the other's last batch of a few files, not of a sixty-fourth of them.
    """
    return (result for batch in pool.map(run, guided(jobs, workers)) for result in batch)


def guided(jobs: list[_J], workers: int) -> list[list[_J]]:
    """The jobs, in order, cut into batches of an eighth of each worker's share of what is left."""
    batches: list[list[_J]] = []
    start = 0
    while start < len(jobs):
        size = max(LEAST_BATCH, (len(jobs) - start) // (workers * 8))
        batches.append(jobs[start:start + size])
        start += size
    return batches
