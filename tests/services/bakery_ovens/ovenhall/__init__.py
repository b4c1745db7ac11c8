"""Industrial bakery oven hall: the scheduler's bake round (async, with idle wakes).

Idioms: the periodic ``OvenHallScheduler.bake_round`` starts its sub-jobs (deck warming,
proofer tending, batch baking, silo survey) with ``asyncio.create_task`` and awaits
``asyncio.gather(*tasks, return_exceptions=True)``, then inspects each result with
``isinstance(result, Exception)``: the hall alarm goes out only for a failed job, and
only the gated jobs can fail (a batch whose bake record fails, under the empty
collection; a silo refill whose log fails, under the rare predicate). ``OvenZone`` is a
small state object with ``__eq__``/``__hash__``: start-up keys the deck setpoints by it
(a ``dict``), the scheduler keeps the preheated zones in a ``set`` (preheat goes out on
the first round only, found again by a fresh, equal zone), and the proofer job adds
humid zones to a second set only under the active guard; the steam command walks that
set. The deck commands are ``functools.partial`` objects of ``DeckController``'s bound
methods kept in a dict by verb. ``DeckSession`` is used with ``async with``: its
``__aenter__`` returns ``self`` and its ``__aexit__`` aborts the deck (a container call)
only when ``exc_type is not None``; the round heartbeat runs inside one, and the round
stamp in its body may fail on an idle tick (an idle abort), the batch load inside another
(gated). The silo survey is a ``while`` loop over the silo names with an index counter
and ``continue`` for silos offline or outside their refill window. A frozen
``@dataclass`` settings object with ``from_env``, a ``@dataclass`` dough batch, a
repository over the database and the cache.
"""
