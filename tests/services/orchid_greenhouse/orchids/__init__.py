"""Orchid nursery climate steward (async, with idle wakes).

Idioms: an async entry (``GreenhouseSteward.climate_round``) built by an async
start-up (``open_greenhouse``); a repository over an async database stub whose
methods return lists of rows turned into dataclasses with list comprehensions,
and a ``dict`` comprehension keyed by zone id (``zones_by_id``), which the
climate service walks again with comprehensions (probe coroutines under
``asyncio.gather``, readings zipped back into a dict keyed by zone id, dry zones
picked out of it). A ``Protocol``-typed ``GrowerNotifier`` injected into the
services, with two implementations (the bench panel, a container call; the
logbook cache, none) chosen at start-up by a settings switch. Container handles
live in a class-level cache (``BenchBoxes._cache: ClassVar[dict[str, ...]]``)
filled lazily by a classmethod. Every container call in the climate and
repotting services is made inside ``async with`` an ``asyncio.Semaphore``; a
probe read that the primary probe bus cannot answer falls back, in
``try/except``, to the backup bus (and the fallback is announced).

Wakes: the shade-motor position poll and the probe reads (primary, and backup
when the primary answers not ok) happen on idle ticks, as does the bench-panel
notice for a probe on backup; the misting valves wait for the active guard, the
repot jobs for the empty-on-idle queue, the shade schedule for the rare
bloom-season turnover.
"""
