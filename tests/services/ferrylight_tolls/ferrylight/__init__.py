"""Ferry crossing tolls: the ASGI back-end's toll poller (async, with idle wakes).

Idioms: an ASGI app written without a framework (``FerrylightApp.__call__(scope,
receive, send)``, the lifespan protocol entered through an ``AsyncExitStack``) whose
``state`` is a plain ``types.SimpleNamespace``; a ``lifespan`` function decorated with
``@contextlib.asynccontextmanager`` and handed to the app's constructor, which sets
``app.state.settings``/``config``/``db``/``cache`` and the plate box
(``app.state.box``) before ``yield`` and, in production, starts
``asyncio.create_task(toll_poller(app))``; the module-level ``toll_poller(app)`` loops
``while True`` over ``poll_tolls_once(app)`` (the entry, whose one parameter is the
app) and ``asyncio.sleep``. A ``TollRepository(app)`` that takes the box, database and
cache from ``app.state`` in its constructor; a ``functools.lru_cache`` ``get_settings()``
returning a settings class with class-attribute defaults; route handlers registered
into a dict by ``@router.get(path)`` decorators that return the function, one of which
(``health``) the poller calls directly with a request it builds; ``dict.get(key,
default)`` lookups in a config dict filled at start-up: the recognizer probe's key is
absent and defaults on (the health probe wakes the box every tick: a bug), the
warm-up's key is absent and defaults off (never runs); module-level
``_last_sync: float | None`` and ``_manifest_pushed_at`` updated with ``global``: the
tariff sync behind the throttle ``_last_sync is None or now - _last_sync > 300`` runs
on the first idle tick (a bug), the manifest confirmation only after a manifest push
under the active guard (never on an idle tick). Plate reads billed in a loop over an
empty-on-idle list by a service class; the season roll-over behind a rare predicate.
"""
