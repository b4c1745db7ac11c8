"""Cathedral pipe organ: tuning of the ranks and regulation of the wind supply.

Idioms: a module-level ``REGISTRY: dict[str, type[Rank]]`` filled by
``Rank.__init_subclass__`` from a class keyword (``class Diapason(Rank, stop="8ft")``),
the concrete ranks living in another module imported for its side effect; rank
instances made at start-up from the settings' list of stop names through the
``@classmethod`` alternative constructor ``Rank.for_stop`` (which looks the class up in
the registry); a ``WindSupply`` whose ``pressure`` is a ``@property`` with a setter that
touches the wind chest only when the value differs from the current one: the tick sets
it every time, to the nominal pressure on an idle tick (no wake) and to the tutti
pressure only when a recital is booked (the rare predicate). Frozen dataclass settings
with a ``from_env`` classmethod, a dataclass for drifted pipes, a repository over the
tuning database and the loft cache, and logging throughout.
"""
