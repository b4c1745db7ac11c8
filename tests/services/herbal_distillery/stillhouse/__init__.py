"""Herbal distillery: the still room's foreman (async, with idle wakes).

Every five minutes ``StillRoomForeman.distill_round`` works the stills, each of which
has its own alembic box (the container), plus one box for the still room itself.
Idioms:

- async throughout; the round builds a dict of still names to coroutine functions
  (bound ``_steam_run`` / ``_hydrosol_run`` methods picked by the still's kind), and
  ``launch_still_tasks`` turns it into one ``asyncio.create_task`` per still, awaited
  together with ``asyncio.gather``;
- a ``contextvars.ContextVar`` (``current_batch``) holds the current batch id: the
  round sets it and resets it with its token in ``finally``; the still tasks copy the
  context. ``StillPort.heartbeat`` tends the still inside a batch (every round: an idle
  wake) and announces it outside one (start-up only: never on a tick);
- ``StillPort`` is a ``@dataclass`` with a class-level ``__slots__`` holding the still's
  name, kind and alembic box;
- ``collections.defaultdict(list)`` groups the macerating herb charges (the
  empty-on-idle collection) by still; the groups are iterated with ``.items()`` and
  each still is charged once (never on an idle tick);
- ``collections.deque(maxlen=...)`` on the foreman keeps the latest head temperatures
  of the steam stills; once ``len()`` reaches ``maxlen`` (the second round, with two
  steam stills and a window of four) a trend is posted every round (an idle wake);
- a high head temperature (sensor data) makes a steam still condense (an idle wake);
  a venting steam jacket (the active guard) vents the still; a reissued herbal
  monograph (rare) relabels every still.

Second idioms: a frozen ``@dataclass`` settings object read from the environment with
the stills parsed from one text, a repository over the database and the cache, frozen
dataclass rows, logging throughout.
"""
