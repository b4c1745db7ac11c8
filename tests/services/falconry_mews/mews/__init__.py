"""Falconry mews keeper: hawks' weights, flying rosters, jess checks, telemetry tags (sync).

Idioms: flying-roster strategy objects chosen by a settings string through a dict of
classes (``ROSTER_STRATEGIES[settings.roster_mode](client)`` in ``pick_roster``), called
twice at start-up: once with the settings as loaded (``"weathering"``, a class default)
and once with a ``copy.copy`` of them whose ``roster_mode`` is then set to ``"moult"``
(the moult roster runs only under the rare predicate; the ``"hack"`` roster is in the
dict but chosen by neither). ``@attrs.define`` settings and records (``attrs.field(factory=...)``,
``attrs.evolve`` for the region, ``__attrs_post_init__`` summoning the box) and a
``@dataclass`` tick report with ``field(default_factory=list)``. A ``with`` block on the
project's ``TelemetryLoft`` whose ``__enter__`` returns the client and whose ``__exit__``
flushes the box (every tick, a wake). Guards over collections: ``all(...)`` over the
jesses of no hawks is vacuously true (the jess sign-off wakes on an idle tick, a bug),
``any(...)`` over tag batteries and ``sum(len(h.weighings) for h in hawks)`` gate their
calls. ``operator.attrgetter`` sorts the hawks; ``operator.methodcaller`` dispatches the
tag actions named in the settings (``retune`` is appended only under the active guard).
"""
