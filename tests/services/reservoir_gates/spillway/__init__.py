"""Reservoir spillway desk (async operations code from several hands, with wakes on an idle dam).

Idioms: a string state machine (``self.state = "holding"``, transitions in a dict keyed
by ``(state, event)`` of bound coroutine methods, looked up with ``.get`` and awaited;
only the spilling guard moves it to ``"releasing"``); async generator pipelines
(``async for`` over ``stage2(stage1(source()))``), one over an empty-on-idle order queue
with the container call inside a stage, one over a paginated level-reading source
(``while True`` / ``if not page: break``) from the database; cooperative async mixins
(``SpillwayWorker(AuditMixin, PacingMixin, BaseGateWorker)``, keyword arguments passed
up by ``super().__init__(*args, **kwargs)``) where the audit mixin reports only when gates
were opened, behind a ``time.monotonic()`` pacing throttle; a module-level
``gatekeeper = GateKeeper()`` singleton configured by start-up and reached as
``gatebox.gatekeeper``.

Bugs: each level reading the database returns is pushed to the box on an idle dam, and
the gatekeeper is nudged every alarm.
"""
