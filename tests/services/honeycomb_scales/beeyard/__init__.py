"""Apiary hive-scale yard (async, Python 3.11 style: task groups, timeouts, match).

Idioms: ``asyncio.TaskGroup`` inside ``async with asyncio.timeout(...)`` starting the
frame weighing (over the empty-on-idle batches, itself a nested task group whose tasks
are made in a loop), the calibration ping, and, only when the active guard holds, an
async ``__call__`` swarm alert object; ``async for`` over the ledger's async generator
of weighings wrapped in ``contextlib.aclosing``, each weighing taken apart with a
class pattern with an OR-pattern on enum members and a guard
(``case FrameWeighing(kind=WeighKind.HONEY | WeighKind.BROOD, grams=g) if g >= ...``);
``@dataclass(slots=True, kw_only=True)`` records; ``typing.Protocol`` scale sinks in a
``functools.cached_property`` dict built by a comprehension keyed by ``HiveState``
members (a ``match`` on the member picks the sink class), looked up with a state
chosen by a conditional expression over the active guard; ``cached_property`` box;
walrus in a comprehension over the batches; ``any``/``all`` over generator
expressions; ``asyncio.timeout`` around the rare varroa inspection.

Bugs: the calibration ping runs every alarm, and each weighing the database returns
on an idle yard is pushed to the box.
"""
