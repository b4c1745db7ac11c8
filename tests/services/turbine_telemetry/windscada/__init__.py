"""Wind farm SCADA collector.

Main idiom: generators over objects that hold handles. ``Fleet.online()``
filters the turbine links (one is disabled in the farm table), ``boxes()``
transforms them, ``iced()`` pairs links with the empty-on-idle icing alerts and
the async generator ``generating()`` yields nothing unless turbines generate;
they are consumed by ``for``, ``next(..., None)``, ``list()``, ``async for``,
``enumerate``, ``zip`` and a comprehension of coroutines under ``gather``.
Second idiom: links built at start-up from a constant table, each with its own
container handle.
"""
