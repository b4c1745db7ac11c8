"""Almanac printery: a printer of farmers' almanacs scheduling plate runs (sync, with idle wakes).

Idioms: a state machine kept as a dict from ``PressStage`` (an ``Enum``) to bound
handler methods, each handler returning the next stage; the foreman's ``press_tick``
runs it in a ``while state is not PressStage.DONE:`` loop with a step limit from the
settings. The stage is kept on ``self`` between ticks: every tick opens at
``self.stage``, which is reset to ``OPEN_FORME`` unless a handler parks another stage
there (or the step limit stops the loop mid-way). The rare transition: when the frost-date
tables are revised, ``OPEN_FORME`` goes to ``RECAST_FROST_TABLES``, which recasts the
plates and parks ``REISSUE_ALMANAC`` for the next tick (so the reissue wakes the plate
room one tick later, and only after a rare tick). ``INK_PLATES`` touches the plate room
only while the queue filled from the empty-on-idle ``plate_runs_on_order()`` holds runs;
proofs are pulled only by pressmen at the platen (the guard), as is the roller wash.
``PlateRun`` is a ``typing.NamedTuple`` with methods (``plate_path``, ``ticket``) used as
the record; frozen dataclass settings read through ``envknobs``; a repository over the
database and the cache; logging throughout. Sync code, a ``press_tick()`` called by the
scheduler.
"""
