"""Rainwater cistern pump station: the controller's async tick (with wakes on an idle station).

Idioms (mixed sync/async, functional style): an ``async def`` entry that awaits
``asyncio.gather(*[stage(p) for p in pumps])`` for each stage over an empty-on-idle
list of pumps waiting to be primed (never wakes on an idle tick), then calls a sync
pipeline every tick. The stages come from ``make_stage(box, action)``, a closure
factory returning an inner coroutine function that captures the handle, kept in a
list of stages. The sync pipeline: generator functions composed with ``yield from``
delegation and ``itertools.chain.from_iterable(map(partial(...), tanks))``, filtered by
another generator, pushed with ``list(map(functools.partial(push_level, box), levels))``
(wakes whenever a gauge reads a level: a bug) inside a ``contextlib.ExitStack`` whose
``stack.callback(box.fetch, "/levels/close")`` closes the level session at exit (wakes
too); ``functools.reduce`` folding a tuple of step functions over nested frozen
dataclasses (``field(default_factory=...)``, ``dataclasses.replace`` in a loop over
``sorted(pumps, key=lambda p: p.priority)``): valve commands are planned only when the
active guard says pumps are running, and applied through a ``typing.NamedTuple``
method that makes the container call; a step under the rare predicate flushes the
sediment. A dict of lambdas keyed by pump kind, called as ``handlers[kind](pump)``: the
jet pump's prime check wakes every tick (a bug), the booster's pressure read is gated
by the guard's answer the lambda captured, the submersible's makes no call.
"""
