"""Tide-pool collecting permits: the ASGI back-end's background worker (async, with idle wakes).

Idioms: a Starlette-shaped ``create_app()`` (async) that stores everything on
``app.state``, a ``TidepoolState`` whose ``__setattr__``/``__getattr__`` keep
attributes in a private dict, and pushes the app where ``current_tidepool()`` finds
it; a ``TidepoolContainer`` with ``register(name, factory)`` / ``resolve(name)``
(lambda and class factories, instances cached in a dict); an async event bus whose
handlers are a bound method, a module function and a closure, published in the tick:
the digest handler is gated by a count carried in a ``NamedTuple`` summary
(``len`` of an empty-on-idle collection), the quota handler fires on an idle tick
when the cache says the quota is stale (a bug). The tick fills an ``asyncio.Queue``
with ``__slots__`` job objects (one notice job per unsent notice, gated; one
heartbeat job every tick, a bug) and drains it in the same tick with workers under
``asyncio.gather`` and ``async with`` a semaphore. A ``@dataclass(frozen=True)``
settings object, ``@property`` chains (``client.session.box``), a ``@staticmethod``
path helper and a module-level memo dict ``_clients`` filled by
``get_permit_client(name)``.
"""
