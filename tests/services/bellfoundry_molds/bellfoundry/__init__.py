"""Bell foundry mold scheduler: the poller's one-minute sweep (async, with wakes on an idle foundry).

Idioms: an asyncio poller whose periodic entry is ``async def sweep(self)``; an
``asyncio.Event`` dirty flag set by the ``on_order()`` coroutine only when a pour is in
progress (the active guard), checked in the sweep with ``if self._dirty.is_set():`` and
cleared (the pour-log flush never runs on an idle tick); a second event ``_wake`` set by
``on_order()`` for every bell order the queue hands over (stub data) and by the rare
tuning audit, awaited with ``await asyncio.wait_for(self._wake.wait(), timeout=...)``
inside ``try/except asyncio.TimeoutError/else``: the ``except`` branch holds the
crucible at temperature on every tick with no order (a bug), the ``else`` branch runs
the queued jobs. Jobs are dispatched through a class-level dict on the ``JobDesk`` base
filled at class-definition time by ``@handles("pour")``-style decorators on the
poller's methods, called as ``handler(self, job)``: the pour handler (each order) runs in
an ``async with CastingSession(...)`` whose ``__aexit__`` closes the session on the
container; the quench handler only after a failed cast (never idle); the tune handler
only under the rare predicate. A ``typing.Protocol`` ``MoldStore`` with a SQL and a cache
implementation, chosen by a settings string through a dict of classes. ``async with
self._lock:`` around the keep-warm and cast calls; casts gathered with
``asyncio.gather(*(self._cast(m) for m in molds), return_exceptions=True)`` over an
empty-on-idle list; a frozen dataclass settings object with a ``from_env`` classmethod,
``@staticmethod`` path helper, ``log.debug`` everywhere.
"""
