"""Canal lock-flight keeper (async), three periodic jobs sharing state (with wakes on an idle flight).

Entries: ``VesselWatch.poll`` (fills), ``LockOperator.cycle`` and ``PassageClerk.flush``
(drain); the runner ticks them in that order.

Idioms: an ``asyncio.Event`` (``arrival``) and an ``asyncio.Lock`` (``gate_lock``) made at
start-up on a shared ``FlightShared`` object: the watch sets the event (and stores a
``time.monotonic()`` stamp, a ``None`` sentinel until then) only when boats are in the
pound (the active guard); the operator opens the paddles only when the event is set and
clears it, and switches the amber lamps only once a stamp exists; the operator's level
sync runs every cycle inside ``async with gate_lock`` (a bug). A module-global pending
list (``_pending``) the watch fills from an empty-on-idle poll and the clerk swaps out
with ``global`` (``batch, _pending = _pending, []``); a class-level client cache
(``LockgateClient._instances.setdefault(site, cls(site))``) whose box is a
``functools.cached_property``; a flush counter (``self.flushes += 1``;
``if self.flushes % 2 == 1``): the checkpoint fires on tick 1 of the executor's two
ticks, as on every other idle flush in production (a bug). Rare: the flood drill.
"""
