"""A city tram depot's overnight maintenance: a pipeline of steps over a frozen state.

Idioms: the night shift's tick is a pipeline of step functions listed in a
module-level tuple (``NIGHT_SHIFT_STEPS`` in ``pipeline``), each taking and
returning a ``@dataclass(frozen=True)`` ``DepotState`` built anew with
``dataclasses.replace``; the diagnostics-rig handle and the roster travel in the
state. The activity guard (``depot_crew_clocked_in``) is asked once, at the start of
the tick, and stored in the state as ``crew_on_duty``; steps in other modules read
the field (pantograph inspection gated by it, the yard floodlights switched on its
negation: an idle wake). The empty-on-idle sanding list is copied into a tuple in
the state by one step and drained by another; trams the rig failed to sand are kept
on the entry object and start the next tick's queue. The rare wheel-lathe calendar
sets a state flag in one step that the next step reads. The roster is a
``typing.Protocol`` with two implementations (SQL, and a cache in front of the SQL
one), picked at start-up from a factory dict in ``settings`` by a switch and
injected into the entry class's constructor; a traction-fault check answered by
either implementation's stub data wakes the rig on idle ticks. Logging throughout;
a failed shift record is a ``StowageError`` the tick logs.
"""
