"""Feed crawler.

Idiom: generators and async generators carrying fetcher handles: a sync generator
over the pool in ``for``, ``list(...)`` of it, an endless round-robin generator
read with ``next``, an async generator of due feeds in ``async for``, ``anext``
on an async generator of healthy boxes, and an async generator that yields
nothing unless the backlog guard allows. Second idiom: an
``@asynccontextmanager`` lease that touches the box on the way out.
"""
