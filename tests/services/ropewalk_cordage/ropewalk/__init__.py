"""Ropewalk twisting-machine foreman (asyncio pipelines).

Idioms: async generators yielding work items that hold the twister handle, consumed
with ``async for`` (``bale_items``, whose ``finally`` closes the bale cursor on the
twister even when it yielded nothing) and with ``anext(gen, None)`` one item at a time
(``walk_probes``: a heartbeat always, a strain probe only while strands are on the
walk); an ``asyncio.Queue`` filled and drained inside one tick, its jobs dispatched by
``isinstance`` (splice jobs from the order book, tar dips only while strands are on
the walk); ``async with`` on ``SpindleSession``, whose ``__aexit__`` releases the
spindles on the twister; ``asyncio.gather`` over a list comprehension of
``twist`` coroutines; ``asyncio.wait_for`` around the rare kettle relining.

Around them: frozen settings dataclass from ``envknobs``, an async ledger on
``stowage`` and ``kvbox``, dataclass work items, logging.

Bugs: the bale cursor is closed, the heartbeat probed, splices sent, strands twisted
and the spindles released on an idle walk.
"""
