"""Grain co-op silo monitor: a five-minute sweep over probes, fans and fumigation (sync).

Idioms: a hand-written SQLAlchemy-like unit of work. ``GrainSession`` keeps an
identity map (a dict keyed by ``(class, ident)``, the ident field named by a
``ClassVar`` on each model), queues new objects with ``add()``, takes rows already
in the database with ``load()``, and ``flush()`` hands each pending object to the
``after_insert`` listeners and each changed persistent object to the
``after_update`` listeners; ``begin()`` is a ``@contextmanager`` that flushes on
the way out and rolls back (restoring old values) on error. Listeners live in a
module-level registry (``event._registry``, a dict of lists keyed by
``(class, identifier)``) filled at import by ``event.listen(Model, "after_insert",
fn)`` calls and an ``@event.listens_for`` decorator; one listener is registered on
the base class with ``propagate=True`` and reads a ``ClassVar`` only one subclass
sets. Listeners reach the telemetry container through ``session.info``.

Models are dataclasses with ``__post_init__``: the base ``GrainRecord`` starts
change tracking there (its ``__setattr__`` records a field's old value only when
the new one differs), and subclasses compute ``init=False`` fields before calling
``super().__post_init__()``. So the sweep's ``cursor.readings_total +=
len(readings)`` on an idle tick assigns an equal value and leaves the cursor
clean (no ``after_update``), a sweep log's ``quiet`` flag, computed in
``__post_init__`` from an empty count and the guard, keeps its summary listener
quiet, while its heartbeat listener wakes the container on every sweep (the bug).
"""
