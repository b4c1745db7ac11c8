"""Lumber kiln drying yard: the beat that drives the kiln-controller container (sync, with idle wakes).

Idioms: a hand-written Celery-beat-like scheduler. ``DRY_KILN_BEAT_SCHEDULE`` is a
module-level dict naming each task by dotted string (``"task": "dryyard.sweep_kiln_work"``)
with an ``every`` interval, optional ``kwargs`` and an ``enabled`` flag; start-up parses it
into ``BeatEntry`` dataclasses. Tasks are registered by the ``@yard_task("dotted.name")``
decorator into the ``yard_registry`` (a ``YardTaskRegistry`` holding ``YardTask`` wrappers),
task modules registered by a side-effect import in ``boot``. ``DryKilnBeat.tick`` walks the
entries, skips disabled ones, asks whether each is due (entries no longer than the beat's
period always are; longer ones are due when their redis marker has expired), looks the task
up by name and ``apply``s it with the entry's ``kwargs``.

Second idiom: ``functools.singledispatch``. ``dispatch_work(item, ctx)`` picks a handler by
the work item's type: registered by annotation (handlers all named ``_``), by an explicit
``register(FanReversal)``, through a base class (``DamperCheck`` is a ``VentAction``), by a
union annotation (``WetBulbProbe | DryBulbProbe``) and by the functional form
``dispatch_work.register(KilnAlarm, ack_kiln_alarm)``; ``StickerInspection`` has no handler
and falls to the default.

Third idiom: ``typing.Protocol`` repositories. ``KilnChargeRepository`` (runtime-checkable)
has two implementations picked at start-up from settings (a switch): the Postgres one
subclasses the protocol and inherits its concrete ``yard_is_busy``; the Redis one is
structural only and defines its own.

On an idle tick: every chamber's dampers are checked and its fans reversed (the schedule
passes ``reverse_fans=True``), charged or not (bugs). Gated: moisture grades (empty-on-idle
samples), schedule set-points and the yard status (the active guard), psychrometer probes
(the rare predicate, in a daily entry), the grade-stamp purge (its schedule entry is
disabled), alarm acknowledgements (only the controller's webhook, never the beat, makes a
``KilnAlarm``).
"""
