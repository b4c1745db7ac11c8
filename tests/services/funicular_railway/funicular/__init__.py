"""Hillside funicular back-end: two periodic jobs sharing state (sync, with wakes on an idle line).

Entries: ``CarDispatcher.tick`` (writes) and ``TrackWatch.tick`` (reads); the scheduler
runs them on two threads every two minutes, ticked in that order.

Idioms: a module-level ``state`` object in ``haulstate.py``, a ``HaulageState``
dataclass instance created at import, shared by both jobs; a ``threading.Lock``
``_lock`` held as ``with _lock:`` around every read and write of it (the dispatcher
imports both names with ``from .haulstate import _lock, state``; the watch reaches
them as ``haulstate.state`` / ``haulstate._lock`` and through ``take_…`` helpers that
read and clear a flag under the lock, one with a tuple swap). The dispatcher sets
``state.departure_called`` only when passengers wait at the platform (the active
guard); the watch sends the cars only when it finds that flag. A ``time.monotonic()``
brake-test cooldown stamped on the shared state (``state.last_brake_test``, ``-inf``
until the first test; a ``return`` inside ``with _lock:`` when still cooling down).
A ``NamedTuple`` settings class with defaults (``_field_defaults`` read by the
loader). Frozen dataclass rows from a repository over the stub database and cache,
logging throughout.

Wakes: the dispatcher reads the car positions every tick (a bug); the watch tests the
brakes on its first tick and then once per cooldown on an idle line (a bug: the
winding house wakes for it). Gated: the departure (the guard, through the shared
flag), the car holds (the empty collection). Rare: on re-roping day the dispatcher
switches the haul mode and raises a notice flag the watch posts.
"""
