"""Affinage cave warden: a sync ripening round every twenty minutes against the cave-climate container.

Idioms: exceptions as control flow. ``WheelTurner.turn_shelf`` raises ``NothingToTurn``
when the ledger has no wheel due on a shelf (empty on idle) and the round catches it and
``continue``s to the next shelf; ``RindWasher.wash_if_due`` raises ``CaveBusy`` when the
morning crew holds the washing robot (a cache read) and the round swallows it with
``contextlib.suppress``. A retry decorator with arguments (``@retry(times=3,
on=(CaveTimeout,))``, a factory of ``functools.wraps`` wrappers) wraps the service
methods that call the box: the humidity read (every round, an idle wake, a bug) and the
wheel turn. The washer keeps a ``time.monotonic()`` throttle on ``self``
(``if now - self._last_wash < self.wash_every: return``): it sprays on the first round
(an idle wake, a bug) and is skipped on the next unless the robot was busy; its
``try / except / else / finally`` stamps the throttle in ``finally``. The fumigator,
run only when the rare predicate reports a mite outbreak, has a box call in ``try`` and
another in ``finally`` (the vents reopen whatever happened). The round gathers its
cleanups in a ``contextlib.ExitStack``: a ``stack.callback`` closing the ledger entry
every round, and ``stack.enter_context`` of a ``@contextmanager`` brine circulation
(box calls before and after ``yield``) only when the active guard says a brine bath is
running. Frozen dataclass settings, a repository over the stub database and cache,
dataclass wheels, logging throughout. Sync code.
"""
