"""Planetarium dome shows: the scheduler that drives the dome projector container (async, with idle wakes).

Idioms:

- an ``asyncio.Event`` (``DomeShowScheduler._house_open``) set by ``_open_house()``,
  which the tick calls only when the active guard ``dome_audience_seated()`` says the
  audience is in; the tick then polls it without blocking with
  ``asyncio.wait_for(event.wait(), timeout=0)`` in a ``try/except asyncio.TimeoutError``
  and dims the house lights in the ``else`` branch. (On Python 3.11 ``wait_for`` with a
  zero timeout cancels the wait before it has run, so it times out even when the event
  is set: the dim call never runs at all. On an idle tick it is gated by the guard
  regardless, so the ground truth does not hinge on that.)
- ``ShowProgramme``, a class with ``__aiter__``/``__anext__`` that loads the
  empty-on-idle ``queued_dome_shows()`` on its first step and raises
  ``StopAsyncIteration`` when the slots run out;
- ``async with asyncio.timeout(...)`` (3.11) around container calls (lamp hours, the
  catalogue reload) and around each show's runner;
- ``ShowKind = typing.Literal[...]`` show kinds mapped by ``SHOW_RUNNERS``, a dict of
  coroutine functions: the tick calls the runner of each queued slot's kind (gated by
  the empty programme) and, when nothing ran, ``SHOW_RUNNERS["ambient"]`` directly (an
  idle wake: the ambient starfield is put on the dome every quiet tick, a bug);
- the lamp-hours poll every tick (an idle wake, a bug), the catalogue reload under the
  rare predicate ``star_catalogue_epoch_rollover()``;
- a frozen ``@dataclass`` settings object read from ``envknobs``, a repository over
  ``stowage``/``kvbox``, logging throughout.
"""
