"""Orchard irrigation, done right: no container call on an orchard that needs no water.

Every container call is gated by the thirsty-zones guard or the leaking valves,
through these idioms: a sync decorator ``@only_when_thirsty`` that tests the
guard before the wrapped step (``functools.wraps``); ``map`` over the zones
inside a decorated step and ``filter``/``sorted(key=...)`` over the empty-on-idle
leaking valves; a valve session class and a flush window whose ``__exit__``
touches the box only when the block flushed something; ``match`` on a moisture
reading with class patterns; the rare frost protection only inside a decorated
step. Second idiom: a module-level orchard set by ``init_orchard()``.
"""
