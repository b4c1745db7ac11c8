"""Map tile refresher.

Idiom: async context managers. A probe scope class whose ``__aenter__`` and
``__aexit__`` touch the tile box; an ``@asynccontextmanager`` lease that touches it
before and after ``yield`` and binds the box; both used from a module-level
``async def`` entry that builds its context each tick. Second idiom:
comprehensions, a dict comprehension of probe coroutines run by
``asyncio.gather``, a list comprehension of render coroutines over stale tiles,
and a set comprehension of layer names.
"""
