"""Stoneware kiln room floor (sync, written the way Python 3.10+/3.11 features invite).

Idioms: ``match`` on a status dict with mapping patterns (``case {"kind": "firing",
"kiln": kiln, **rest}:`` and ``case {"kind": "cooling", **rest} if rest:``), the
``kind`` chosen by a conditional expression over the active guard; ``match`` with a
class pattern and a guard (``case GlazeBatch(kind=k, kiln=kiln) if k in
LOADABLE_KINDS:``) and an OR-pattern, the load sent through ``operator.methodcaller``;
``@dataclass(slots=True, kw_only=True)`` records; ``typing.Protocol`` notifiers kept
in a ``functools.cached_property`` tuple (one logs, one wakes the box);
``functools.singledispatch`` reading publishers registered for door and cone readings,
called over a list ``[DoorReading(...), *(ConeReading(...) for b in batches)]`` whose
cone readings come only from the empty-on-idle batches; a ``singledispatchmethod``
reporter picking a handler by the summary's type (``FiringSummary`` only when the
kiln is lit); a ``cached_property`` box on the floor; ``__call__`` heartbeat object
stored in a dict of status callbacks; walrus in list and dict comprehensions (the dict
keyed by enum members); ``any(...)`` and ``all(...)`` over generator expressions of
the batches; ``contextlib.ExitStack`` entering the audit ``@contextmanager`` (which
yields the box) only under the rare predicate; ``contextlib.nullcontext`` in place of
the firing lock when the kiln is cold.

Bugs: the cooling heartbeat is sent on every idle tick (``**rest`` is never empty),
``all(...)`` over zero batches is True so the box notifier wakes the box, and every
door reading sets an env var on the box.
"""
