"""Fish smokehouse rack rotation: a clock ticking every fifteen minutes and a rack tender (sync).

Idioms: a ``RackTender`` worker whose production form is a ``threading.Thread``
(``daemon=True``, target ``_serve``) started by the start-up code
``open_smokehouse()`` when the ``SMOKEHOUSE_TENDER`` setting says ``"thread"``; the
thread blocks on ``queue.Queue.get()`` and stops at a sentinel ``None`` job, which only
``stop()`` puts (the shutdown path ``main()`` runs). With the default setting
(``"inline"``) no thread is started and ``submit()`` works the queue through at once with
the same loop body, ``_work_one``, taking jobs with ``get_nowait()`` until
``queue.Empty``. The periodic entry ``SmokehouseClock.turn_round`` builds its batch of
jobs: one ``"turn"`` job per rack of the empty-on-idle collection (gated) and, every
round, a ``"heartbeat"`` job; the jobs are a ``@dataclass(order=True)`` ``RackJob``
whose ``kind`` and ``rack_id`` are ``field(compare=False)``, so ``sorted(batch)`` orders
them by priority and sequence number only. The tender dispatches on ``job.kind`` with
``match``: the heartbeat beats the hoist (every round: a wake on an idle tick), trims the
damper only under the active guard (gated) and draws a brine sample only under the rare
predicate; a turn turns the rack and flags it jammed when the hoist answers not ok; the
sentinel parks every rack (never reached by a round: nothing in a round puts ``None``).
Settings as a ``@dataclass(frozen=True)`` built from ``envknobs``, a repository over
``stowage``, ``logging`` throughout.
"""
