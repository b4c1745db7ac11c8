"""Streaming ingest into a smelter furnace container (async).

Main idiom: an async data pipeline. A module-level ``@functools.cache`` factory
``get_smelter_furnace()`` called from three modules (and from a ``lambda`` in a
dataclass ``field(default_factory=...)``); dataclass lanes whose ``__post_init__``
stores the handle; a ``cached_property`` on the room returning it; an async generator
pairing queued ingots with lanes through ``zip`` and ``reversed``, consumed with
``async for``; ``enumerate(itertools.chain(...))`` over lanes and spares; a slice
(``self.lanes[1:]``) of the secondary lanes;
``await asyncio.sleep(0)`` between steps; a ``match`` on an ``enum.Enum`` of melt
phases; a ``typing.Protocol`` recorder implemented by a furnace-backed class and a
database-backed one.

Guards: the active guard computed once into a local and used in two places (a
conditional expression choosing the recorder, and a ``continue`` inside the phase
loop). Bugs: every lane and spare is pinged every tick, every secondary lane is
re-weighted every tick, and the vent phase reaches the furnace on an idle tick.
"""
