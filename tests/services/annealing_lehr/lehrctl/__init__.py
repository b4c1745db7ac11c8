"""Annealing lehr controller (control flow and callbacks, with wakes on an idle line).

Idioms: a callback list built in ``__init__`` from a factory of closures over the
box and run on every tick; a dict of lambdas dispatched by ``match`` on a status
string a helper derives from the active guard; a ``SkipTick`` exception raised by a
guard helper and swallowed by ``contextlib.suppress``; deferred lambdas appended in
nested loops over an empty-on-idle collection (``continue`` as a filter, ``break``)
and drained by a ``while`` loop; a ``for ... else`` whose ``else`` runs on an idle
line; ``try/except/else/finally`` with a box call in ``except`` (a failed database
write drives it) and a helper in ``finally``; a module global box set by
``init_lehr()`` with ``global``, and a module-level ``_state`` object the tick
writes and a helper reads; a ``functools.wraps`` retry decorator with a ``while``
loop and a bare re-raise around a rare recalibration.
"""
