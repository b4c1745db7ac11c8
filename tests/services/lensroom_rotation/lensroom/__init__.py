"""Lighthouse lens room (async, functional style).

Idioms: ``asyncio.gather(*map(self.refresh, lenses))`` over the empty-on-idle lenses
and ``asyncio.gather(*map(self.ping, self.settings.beacons))`` over the configured
beacons; async closures made by closure factories (``make_pusher(box, path)``) kept in
a tuple that is empty unless the active guard holds; ``acompose(f, g)`` of two async
methods, run only under the rare predicate; ``functools.partial`` of an async method
handed to an awaiting helper (``run_soon(fn, *args)``); a dispatch table of async
module-level functions built with a dict comprehension over ``(name, fn)`` pairs and
keyed by a conditional expression over the active guard; ``NamedTuple`` lenses with
methods sorted with ``operator.attrgetter``; ``dataclasses.replace`` on a frozen sweep
record; ``sum``/``max`` over generator expressions.

Bugs: every beacon is pinged on every sweep, and the sweep record is posted through
the partial on every sweep.
"""
