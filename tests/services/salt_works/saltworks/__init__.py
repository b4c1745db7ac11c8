"""Sea-salt works: the pan foreman's evaporation round (sync, with idle wakes).

Idioms: a middleware chain. ``middleware.py`` holds middleware callables, each
taking ``next_handler`` and returning a ``handle(req)`` that does its part and
calls ``next_handler(req)`` (plain functions and closure factories carrying the
ledger, the box and the shared works state); ``compose_chain`` folds them round
the terminal handler with ``functools.reduce`` at start-up, and the round sends a
heartbeat ``BrineRequest`` through the chain every tick (the terminal handler
wakes the pumphouse: a bug), a pump request only while the brine pumps are primed
(the guard) and a harvest request only when raked crust adds up to more than
nothing (the empty collection). The flood-gate middleware closes the sluices on a
spring-tide warning (rare) and marks the crystallizer pans flooded in a set the
foreman rewashes from later in the same round.

``typing.Literal`` kinds (``PanKind``, ``RequestKind``) and ``match`` with class
patterns and guards: the terminal handler dispatches on the request kind
(``case BrineRequest(kind="pump", litres=litres) if litres > 0``), the foreman on
pans (``case Pan(kind="deep") if pan.level_mm > ...``, a deep pan over its skim
mark is skimmed on an idle tick when the gauge says so).

A generator pipeline ``filter`` -> ``map`` -> generator expression, consumed by
``sum()`` (tonnes of crust on pans ready for raking) and by ``any()`` (live
moisture sensors over their limit: the pans are covered, on an idle tick when the
sensor says so). ``dataclasses.asdict`` / ``astuple`` / ``replace`` on the
records; a frozen settings dataclass read from ``envknobs``. Sync code.
"""
