"""Ironworks roller stands: the hot-strip mill's stand watch (sync, with idle wakes).

Idioms: cooperative multiple inheritance. The periodic entry ``RollerStandWatch``
combines three mixins, each in its own module, whose ``on_tick(self)`` each do
their part and call ``super().on_tick()``; the chain ends in ``StandWatchBase``.
``CoolantSprayMixin`` reports coolant pressure to the stand-control box on every
tick (an idle wake, a bug) and flushes the sprays when the database counts
coolant alarms (stub data); ``GaugeTrimMixin`` trims roll gaps only while a
reduction pass is active (the guard); ``RollWearMixin`` calls ``super()`` first
and then turns worn-roll reports (empty on idle) into regrind orders kept in a
list and drained in the same tick; the base loads a new roll campaign and resets
stand offsets only on a campaign changeover (the rare predicate).

Second idiom: a ``@dataclass`` ``MillFloor`` whose ``__post_init__`` creates the
``StandLink`` that holds the box (from the factory), with ``field(default_factory=list)``
collections (regrind orders, tick notes). Also a frozen settings dataclass read
through ``envknobs``, a repository over ``stowage`` and ``kvbox``, and logging.
"""
