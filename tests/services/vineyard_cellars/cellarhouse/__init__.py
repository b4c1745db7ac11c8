"""Vineyard cellars: a winery's barrel-cellar monitor (async, with idle wakes).

Idioms: everything is asyncio; the periodic entry is ``CellarMonitor.patrol``, an
async method. The cellar container is reached only through
``borrowed_cellar_box``, an ``@contextlib.asynccontextmanager`` that acquires a
client from the factory ``summon_cellar_box``, yields it, and releases it after
with a quiet ``detach_cellar_lease``. Topping-up work comes from
``topping_rounds``, an async generator over the empty-on-idle
``barrels_due_for_topping`` (frozen ``ToppingJob`` dataclasses), consumed with
``async for`` by a ``ToppingCrew``. The guard ``cellar_racking_underway`` is
awaited in the entry and stored on ``self._racking_underway``; the
``RackingWatchMixin`` helper reads it back to decide whether to sync the racking
progress. The probe ids (a frozen settings dataclass field) are split with
``ambient, *barrel_probes = ...``; the barrel probes are read under
``asyncio.gather`` over a list comprehension of coroutines (an idle wake every
patrol, a bug), the ambient probe alone, plus an alarm post when the cache holds an
alarm for it. A ``PatrolSnapshot`` ``NamedTuple`` is unpacked with
``racking, *tallies = snapshot``: the end-of-patrol topping summary is gated by
the topped count (only ever raised by the empty collection's jobs). The blend
assembly runs only on the rare ``vintage_blending_day``.
"""
