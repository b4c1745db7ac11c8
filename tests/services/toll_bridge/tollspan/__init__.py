"""Toll bridge lane controller: a sync tick every two minutes against the lane gantry container.

Idioms: stacked decorators on service methods. ``retry_on(*errors, attempts=, backoff=)``
is a decorator with arguments (a factory returning the decorator, ``functools.wraps``
on the wrapper) that retries on the gantry's busy error; ``GantryBreaker`` is a
circuit breaker written as a class whose module-level instance decorates methods
(``__call__`` returns a ``functools.wraps`` wrapper; once open it skips calls until
its cooldown passes on ``time.monotonic()``); ``throttled(min_gap=)`` keeps the last
run time in a closure (``nonlocal``) and skips calls made too soon after it. The
heartbeat stacks all three (throttle outermost): it wakes the gantry on tick 1 and is
skipped on tick 2 (an idle wake every ``HEARTBEAT_GAP_SECONDS``, a bug). The tick
collects its cleanups in a ``contextlib.ExitStack``: ``stack.callback`` of a
breaker-decorated sign refresh registered every tick (an idle wake when the stack
unwinds, a bug), and ``stack.enter_context`` of a ``@contextmanager`` lane session
entered only when the active guard says vehicles are on the deck. Transponder reads
(empty on idle) are settled through the retry decorator. Shutdown hooks live in a
module list (``_SPAN_SHUTDOWN_HOOKS``): one registered by a decorator at import, one a
bound method registered at start-up; they run, newest first, only when the rare
predicate says the harbour master ordered the bridge closed. Frozen dataclass
settings, a repository over the stub database and cache, logging throughout.
"""
