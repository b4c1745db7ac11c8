"""Orrery workshop: a bench that calibrates clockwork orreries every ten minutes.

Idioms: ``contextlib.suppress(EscapementJam)`` around the escapement probe (a box
call whose failed reply raises inside the ``with``); ``contextlib.closing(...)`` on a
project ``MeshingInspection`` whose ``close()`` uploads noted readings (only when an
empty-on-idle loop noted any) and seals the inspection on the box; a ``while`` loop
over a backlog deque kept on ``self`` (filled only under the active guard) with an
``else:`` clause that reports the cleared backlog to the box; ``try/except/else``
where the ``else`` branch tunes the mounted orrery only when the repository lookup
did not raise ``OrreryNotMounted``; a ``match`` on a tuple ``(kind, urgent)`` with
literal patterns, ``kind`` from the rare predicate and ``urgent`` from the active
guard; a frozen settings dataclass whose ``__post_init__`` validates and raises
``InvalidWorkshopSettings``, caught at start-up to fall back to the factory
calibration; logging throughout.
"""
