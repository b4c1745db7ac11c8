"""Shipyard cranes: a shipyard's gantry crane scheduler (sync, with idle wakes).

Idioms: a wrapper decorator (``lift_interlocked``, in its own module ``interlocks``,
built with ``functools.wraps``) whose wrapper checks the active guard
(``gantry_lift_in_progress``) on ``self.yard_log`` before calling the wrapped method;
it is applied to some container-touching methods (the scheduler's hoist load report,
the rail routine's clamp tensioning) and not to others (the anemometer sync, the rail
inspection itself); a ``functools.cached_property`` (``crane_box``) holding the
gantry-crane container client, made on first use inside the tick; an ``abc.ABC``
base class (``CraneRoutine``) with an abstract ``step()``, whose three subclasses
register themselves in the module list ``CRANE_ROUTINES`` by a class decorator
(``@yard_routine``) at import time, and the shift tick iterates that list and steps
one instance of each; a ``match`` statement over a frozen ``CraneStatus`` dataclass
with class patterns and keyword sub-patterns (``case CraneStatus(idle=True)``,
``case CraneStatus(idle=False, load_tonnes=tonnes) if ...``), where ``idle`` is the
negated active guard; dataclass settings from ``envknobs``; a repository over the
database and the cache; logging throughout; a failed database write caught and logged.
"""
