"""A zoo aviary's automatic feeder network: the feeding warden's tick (async, with idle wakes).

Idioms: async code throughout. An async generator on the repository
(``FeederRepository.feeder_readings``) yields one ``FeederReading`` per feeder,
consumed by ``async for`` inside ``async with HopperJournal(...)``, a project class
whose ``__aenter__`` only opens a buffer and whose ``__aexit__`` flushes it to the
hopper controller on every tick (an idle wake, even with nothing recorded); a
reading low on seed tops its feeder up (stub data decides, so idle too).
A ``@dataclass(frozen=True)`` ``FeederSnapshot`` whose ``has_hungry_birds`` field is
the active guard: set by ``FeederRepository.take_snapshot()`` and passed through
two helpers in other modules (``triage.feeding_plan`` -> ``portions.portion_for``),
which turn it into ``None`` or a ``FeedingPlan`` that gates the dispense call.
``asyncio.gather`` over a list comprehension of ``clear_jam`` coroutines built from
``jammed_feeder_ids()`` (empty on idle). A rare predicate, the weekly seed restock,
gates two calls. Settings in a frozen dataclass, logging, a dispatcher class.
"""
