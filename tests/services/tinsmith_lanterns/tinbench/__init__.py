"""Tinsmith lanterns: a lantern soldering bench (async, with idle wakes).

Every ten minutes ``LanternBench.solder_round`` works the soldering-bench container
(``TinsmithBox``, made by the ``@staticmethod`` factory
``BenchWiring.kindle_tinsmith_box`` at start-up and carried in a ``BenchKit``). Idioms:

- async throughout, with an ``asyncio.Lock`` kept on the bench: ``pour_if_molten``
  returns early from inside ``async with self._lock:`` when the guard
  (``solder_pot_molten``) is false, so the pour after the block is gated;
  ``_vent_fumes`` does the same on a count the bench stores (fumes from a tinned tip);
- ``asyncio.wait_for(...)`` around the soldering iron's work (it waits for the tip's
  thermocouple to settle, stub data, then tins the tip in the container), with a
  ``TimeoutError`` fallback that banks the fire in the container: one of the two fires
  on every idle tick (a bug);
- a registry of bench tools: ``BenchTool._rack``, a class-level dict filled by the
  class decorator ``@BenchTool.hang(name)`` (a ``@classmethod``) and read by the
  ``@classmethod`` ``BenchTool.from_rack(name, kit)``; the round takes the iron by a
  literal name every tick, the burnisher only on the rare assay day, and the flux brush
  and seaming mallet only for seams waiting for solder (the empty-on-idle collection);
- ``functools.partial`` of an async method (``_stamp_hallmarks`` on the rare assay day,
  ``_vent_fumes`` every round) called to make a coroutine that is scheduled with
  ``asyncio.create_task`` and awaited at the end of the round.

Second idioms: a frozen ``@dataclass`` settings object read from the environment, a
repository over the database and the cache, a ``@dataclass`` seam, logging throughout.
"""
