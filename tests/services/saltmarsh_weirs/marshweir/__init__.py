"""Saltmarsh weir keeper (sync, functional style).

Idioms: ``compose(f, g)`` and a ``reduce(lambda acc, f: f(acc), steps, initial)``
pipeline over tuples of levels, whose steps are closures returned by closures (one
publishes the level on the box, one only under the rare predicate surveys the marsh);
decorators with arguments built with ``functools.wraps``: ``@retry(times=2)`` around the
level report and ``@only_if(lambda self: self.ledger.marshweir_flow_running())`` around
the silt flush; a generator coroutine driven by ``send()`` (``next(gen)`` to prime it)
that delegates with ``yield from`` to the worker that opens gates, fed only with the
empty-on-idle orders sorted by ``operator.itemgetter``; a dispatch table built with a
dict comprehension ``{f.__name__: f for f in (...)}`` over module-level functions, keyed
by a conditional expression over the active guard; ``functools.partial`` of a
``partial`` notifier; ``NamedTuple`` records with methods, a ``frozenset`` of them,
``dataclasses.replace`` on a frozen summary, a helper returning a tuple unpacked with
``first, *rest``; ``max``/``sum`` over generator expressions.

Bugs: the ``@retry`` level report wakes the box on every tick, the partial-of-partial
notifier posts the summary on every tick, and the pipeline's publish step sets an env
var on the box on every tick.
"""
