"""Snowpack probe monitor (async control flow and callbacks, with wakes on an idle slope).

Idioms: async hooks built in ``__init__`` by factories of closures (one over the box
itself, one over the store and the global accessor) and run with ``asyncio.gather``
over a generator; a dict of lambdas returning coroutines; an ``await`` chain three
deep under ``asyncio.wait_for`` (gated by the guard at its top) and another under
``asyncio.shield`` (ungated) that end on the same line; ``return`` from inside an
``async with`` block, gated by a guard value the tick stored on a module-level
``_state`` object; ``try/except`` on a stub failure with box calls in ``except``,
and a module-level failure counter changed through ``global`` that triggers a reset
on the second failed tick; a module global box set by ``init_probes()``.
"""
