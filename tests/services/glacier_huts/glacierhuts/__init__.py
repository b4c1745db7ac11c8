"""Glacier huts: the warden of a mountain hut on a glacier route (async, with idle wakes).

Every ten minutes ``HutWarden.radio_round`` talks to the hut's radio mast (the
container). Idioms:

- async throughout; the round runs three jobs under ``asyncio.TaskGroup``;
- a ``contextvars.ContextVar`` (``current_hut``) holds the hut the round works for: the
  round sets it and resets it with the token in ``finally``; the TaskGroup's tasks copy
  the context, and helpers deep down reach the mast with ``hut_mast()``;
- an ``asyncio.Queue`` filled and drained within one round: a producer coroutine puts a
  radio check-in (every round: an idle wake) and one booking confirmation per
  unconfirmed bunk booking (the empty-on-idle collection), then one ``None`` per
  consumer; consumer coroutines ``await queue.get()`` until their ``None`` and call the
  polymorphic ``send()`` of ``@dataclass`` radio calls;
- ``MeltPumpSweep``, a class with ``__aiter__``/``__anext__`` (raising
  ``StopAsyncIteration``) over the configured snow-melt pumps, iterated with
  ``async for``: a pump whose intake the cache says is frozen is thawed (data);
- the avalanche bulletin is fetched with ``asyncio.wait_for`` and posted to the mast
  when the bulletin service answers;
- an ``asyncio.Lock`` held with ``async with`` inside ``async with asyncio.timeout(...)``
  guards the radio for the crevasse-rescue channel (active guard) and for the
  season close (rare: the pumps are drained for the winter);
- stored state: the mast is announced "on air" on the first round after boot only.

Second idioms: a frozen ``@dataclass`` settings object read from the environment, a
repository over the database and the cache, the service's own exceptions
(``HutOffAir``), logging throughout.
"""
