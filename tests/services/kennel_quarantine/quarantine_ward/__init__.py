"""Animal quarantine kennel: arrivals, vaccination checks, vet rounds, release paperwork (sync).

Idioms: a ``KennelScheduler`` (no asyncio, no events) that keeps ``(next_run, job)``
pairs in a list sorted with ``bisect.insort`` (keyed on the time) and whose
``run_pending`` runs, in the warden's tick, every job whose time has come; the clock
is ``time.time`` injected through the settings dataclass, so start-up jobs are due
on the first tick and a one-shot job scheduled "now" runs in the same tick.
``__slots__`` classes (``KennelJob``, ``Boarder``, ``VetLabLink``) with ``@property``
computed flags (``is_due``, ``needs_vaccination_check``). Two repositories: the
``IntakeLedger`` whose methods are generators that ``yield`` rows, consumed with
``list(...)``, ``for`` and ``next(it, None)``, and the ``VetRoster`` that returns
``iter(...)`` of a list, consumed with ``next(it, None)``. A ``match`` on a status
string the service itself stores (``case "arrived" | "held":``). A per-tick
``RoundReport`` dataclass whose ``field(default_factory=list)`` lists the jobs append
to inside the tick; the heartbeat is gated by the jobs list (always filled on the
first tick: an idle wake), the vaccination summary by the checked list (filled only
for boarders admitted from the empty-on-idle arrivals). Board minutes are filed by a
one-shot job scheduled only under the rare predicate; per-boarder release papers
need both the rare predicate and cleared boarders (never on idle or idle+rare).
"""
