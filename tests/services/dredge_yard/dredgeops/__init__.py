"""Dredge yard operations (code written by different teams over years, with wakes on an idle yard).

Idioms: a state machine (``self.state`` an ``enum.Enum``, transitions in a dict keyed
by ``(state, event)`` holding bound methods, the tick looks one up with ``.get`` and
calls it; only the guard moves the yard out of ``IDLE``); a chain of responsibility
(``can_handle`` / ``handle`` handler objects, the first that can handles), fed one
housekeeping job every tick plus one job per empty-on-idle spoil load; a visitor
(``node.accept(visitor)`` dispatching ``getattr(visitor, "visit_" + node.kind)``) run
every tick with a counting visitor and, under the rare predicate, with a hull-sounding
visitor; cooperative mixins (``TowWorker(ThrottleMixin, HullMetricsMixin,
BaseTowWorker)``) where the metrics mixin reports to the hull after ``super()``, behind
a ``time.monotonic()`` throttle that lets tick 1 through; a paginated generator
(``while True`` / ``yield from page``) over an empty-on-idle page fetch; a module-level
``dispatcher = HullDispatcher()`` singleton configured by start-up.

Bugs: the idle transition sends a heartbeat through the singleton dispatcher, the
housekeeping job flushes the hull's gauges, and the metrics mixin reports every
unthrottled cycle, all on an idle yard.
"""
