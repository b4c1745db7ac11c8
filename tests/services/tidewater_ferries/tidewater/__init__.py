"""Tidal ferry terminal: the beat that drives the terminal container (sync, with idle wakes).

Idioms: a hand-written Celery-beat-like schedule. ``schedule.BEAT`` is a module-level
dict, ``{"sync-tickets": {"task": "tidewater.tasks.sync_tickets", "every": 300}, ...}``;
``TideBeat.run_due`` walks it each beat, decides which entries are due from the beat
count it keeps per entry (every entry is due on the first beat), and looks each task up
by its dotted name with the project's own ``taskkit.resolve(dotted)``
(``importlib.import_module`` of the module part, then ``getattr``), so the task modules
(``tasks``, ``slipways``, ``crew``, ``tides``) are imported on demand. Tasks are plain
functions decorated with ``@task`` / ``@task(queue=...)``: the decorator wraps the function
with ``functools.wraps`` (timing it) and returns a ``Task`` object with ``__call__`` and
``.delay()``; ``.delay()`` appends a ``DelayedCall`` to a module-level ``deque`` that the
beat drains after the due entries (only the calls queued before the drain started; a
harbourmaster notice whose reply is not ``ok`` re-delays itself for the next beat).
Tasks reach the terminal through a module global ``harbour()`` bound at start-up.

Second idiom: ``NamedTuple`` tide readings compared to ``NamedTuple`` slipway limits
(``reading.height_dm < limits.min_depth_dm``), with the last reading per slipway kept in
the context to tell a rising tide.

On an idle tick: the fare table is refreshed on every ticket sync, a slipway whose gauge
reads below the minimum depth is closed and the harbourmaster notified (stub data), and
the crew roster is re-published on the hourly entry (the first beat) for every roster line
(bugs). Gated: ticket posts and their confirmations (empty-on-idle sales; the
confirmations go through ``.delay()``), the ramp trim (the active guard, behind a tide
threshold), the tide-table reload (the rare almanac predicate, in the daily entry).
"""
