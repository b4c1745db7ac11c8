"""Device shadow poller, event-driven done right: no container call on an idle gateway.

Every container call is gated by the reporting-devices guard or the pending
commands, through these idioms: the shadow box in a module global set by
``init_shadow()`` and in a class attribute set by ``CommandRelay.configure()``;
a ``(region, box)`` tuple and a NamedTuple unpacked; sync tasks registered by a
decorator (``append``) and by top-level ``extend``; a ``@contextmanager`` shadow
session and a class context manager whose ``__exit__`` touches the box.
"""
