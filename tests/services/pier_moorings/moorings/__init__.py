"""Pier moorings: a marina's mooring-buoy monitor (async, with idle wakes).

Idioms: a ``contextvars.ContextVar`` holds the current harbour client; the process's
sync start-up (``launch_marina``) sets it before the event loop runs anything, so every
task made later copies a context that has it, and helpers deep down (jobs, the prober,
the lease) read it with ``harbour_box()``. The poller's async start-up
(``open_season``) starts a producer task that fills an ``asyncio.Queue`` with a roll
call (always) and one calibration job per buoy registered since the last boot (data);
the tick drains that queue with ``get_nowait`` until ``asyncio.QueueEmpty`` (the roll
call fires on the first tick after every boot). The tick pings every configured buoy
with tasks made by ``asyncio.create_task`` in a list comprehension under
``asyncio.wait(..., timeout=...)`` (an idle wake every minute), relays pending alerts
the same way over a set comprehension, gated by the empty-on-idle alert list (an
``if not alerts: return`` in front of ``asyncio.wait``, which refuses an empty set),
and takes a ``BerthLease`` (an async context manager class: ``__aenter__`` leases,
``__aexit__`` releases) to secure the moorings under the storm-watch guard and to
close the harbour-dues quarter under the rare predicate. Second idioms: a frozen
``@dataclass`` settings object with a tuple of buoy ids, ``@dataclass`` queue jobs
with polymorphic async ``run()``, the service's own exceptions (``BuoySilent``,
``LeaseRefused``) carried by tasks and read back with ``task.exception()``.
"""
