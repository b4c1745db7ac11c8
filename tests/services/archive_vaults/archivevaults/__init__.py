"""A national archive's climate-controlled vaults: the stacks warden (async, with idle wakes).

Idioms: async code throughout. The round fills an ``asyncio.Queue`` from a repository
result (``shelves_out_of_tolerance()``, empty when the vaults are idle) and drains it
with ``get_nowait()`` in a ``while True`` loop that ends on ``asyncio.QueueEmpty``; the
drain is a ``try/except/else/finally``: the shelf rebalance sits in ``else`` (gated by
the empty queue), the controller's watchdog kick in ``finally``, so it also runs on the
pass that finds the queue empty and breaks (a bug: every idle round wakes the
controller). A retry decorator factory with parameters, ``@retry(attempts=3,
delay=0.1)``, wraps the container-touching commands of ``StacksClimateControl``
(``functools.wraps``, async wrapper, retrying on ``VaultControllerBusy`` raised when a
reply is not ``ok``; the best-effort watchdog kick is not wrapped). The fumigation hold is gated by the active guard, the bay-door
seal by the rare sprinkler predicate, and the climate log is pushed when the cache
says it is due (stub data: may fire on an idle round). A frozen ``@dataclass``
settings object built by a classmethod, ``@dataclass`` drift rows, logging in every
module.
"""
