"""A clockmaker's regulator room: the keeper's round over the wall of regulator clocks (sync).

Idioms: ``@runtime_checkable`` ``Protocol`` classes (``Beatable``, ``Windable``,
``ImpulseMaster``, ``Chiming``) and ``isinstance(clock, Proto)`` checks choosing what the
service does with each clock: a beat-error read for every beatable clock on every round
(an idle wake, a bug), a winding only for windable clocks whose weights have run down
(the active guard), a slave-line advance only for impulse masters with dials out of step
(the empty-on-idle collection), and a strike silencing for chiming clocks, of which the
wall hangs none (the kind table knows a longcase clock, the roster hangs no such clock).
A ``functools.wraps`` timing decorator (``stopwatch``) on every public method: applied to a
whole class by ``stopwatch_public`` (the service) and one by one (the ledger's methods,
guard and predicates included); it only logs. A module-level
``weakref.WeakValueDictionary`` index of clock objects filled at start-up by
``hang_clock()``, the strong references held by the service's wall list; the round reads
it through ``clocks_on_wall()`` (``values()``) and ``clock_by_id()`` (``get``). Clock
classes with ``__slots__`` (``"__weakref__"`` among them, so the index can hold them).
Service methods that return early with ``return None`` or return a result, tested by the
caller with ``if (r := svc.adjust(clock)) is not None:`` (a hand setting, only when the
rare observatory signal has come in) and ``if (ref := svc.reference_clock()) is not None:``
(the reference regulator, always hung: an idle wake). Frozen dataclasses for settings
and the roster, a dataclass hand setting, logging, a stub-database write whose failure
is caught.
"""
