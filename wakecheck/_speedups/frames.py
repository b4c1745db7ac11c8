"""Room on Python's frame stack, so that deep recursion does not map and unmap memory on every call.

CPython 3.11 and 3.12 keep frames in 16 KiB chunks of memory. A call that does not fit
in the current chunk maps a new one, and the return from the frame at a chunk's base
unmaps it again (python/cpython#142183). The interpreter and LibCST's code generation
recurse deeply, and a loop running at that boundary pays an `mmap`, page faults and a
`munmap` per call.

A frame bigger than any chunk gets a chunk of its own, sized to the next power of two,
and the frames called from it fill the rest of that chunk. So the work runs inside a
frame of about 1.1 MiB of unused local variables: the chunk is 2 MiB, the calls beneath
have 0.9 MiB (some 2,000 frames) before they reach the next boundary. The frame costs
one zeroing of that memory per call of `roomy`, so it wraps whole jobs (a command, a
batch of modules, a unit), never one small function.
"""

from __future__ import annotations

import types
from collections.abc import Callable
from functools import cache
from typing import TypeVar, cast

from wakecheck import _speedups

_T = TypeVar("_T")

UNUSED_LOCALS = 140_000  # 8 bytes each: 1.1 MiB, so the frame's chunk is 2 MiB


def _run(call: Callable[..., _T], args: tuple[object, ...]) -> _T:
    return call(*args)


@cache
def _roomy_function() -> Callable[[Callable[..., object], tuple[object, ...]], object]:
    """The same bytecode, which reads only its own two arguments; the locals after them only size the frame.

    They all have one name: CPython does not ask local names to differ, and 140,000
    distinct ones cost far more to make and intern. Nothing reads them (a debugger
    showing this frame's locals would show one `_`).
    """
    code = _run.__code__
    names = code.co_varnames + ("_",) * UNUSED_LOCALS
    wide = code.replace(co_varnames=names, co_nlocals=len(names))
    return types.FunctionType(wide, _run.__globals__, "_run")


def roomy(call: Callable[..., _T], *args: object) -> _T:
    """`call(*args)`, in a frame that leaves the calls beneath it a chunk of stack of their own (when switched on)."""
    if not _speedups.on(_speedups.FRAMES):
        return call(*args)
    return cast(_T, _roomy_function()(call, args))
