"""Dairy churns: a dairy's butter churn line (sync, with idle wakes).

Idioms: frozen dataclasses (``ChurnLineSettings``, ``RunTally``, ``DrumOrder``,
``CycleState``) updated with ``dataclasses.replace`` (the foreman's running tally,
each drum order's salting, the drum cycle's state); ``NamedTuple`` records
(``ChurnStation``, ``CreamBatch``) unpacked with a star (``name, *wiring = station``,
``batch_id, vat, *measures = batch``, ``lead, *downstream = CHURN_STATIONS``);
``map``/``filter``/``functools.reduce`` with lambdas and with bound methods whose
bodies touch the churn control box: over the waiting cream batches (empty when
idle: ``filter(self._assay_cream, ...)``, ``map(self._charge_drum, ...)``, a
``reduce`` whose lambda calls ``self._book_order``) and over the one constant,
non-empty station list ``CHURN_STATIONS`` (``map(self._poll_station, ...)``, so it
fires every tick; a ``reduce`` with a lambda sums the stations' limits); a dict
comprehension of the drum cycle's handlers keyed by the ``ChurnPhase`` enum
(``{phase: getattr(self, f"_while_{phase.value}") for phase in ChurnPhase}``); and
a small state machine kept on ``self`` across ticks: the drum rests until the
buttermilk overflow alarm (rare) sends it to DRAINING, whose handler, run on the
next tick, drains through the box; ripening vats (the active guard) send it to
AGITATING, which only moves on to DRAINING a tick later. Sync code, a
``churn_tick()`` called by the scheduler.
"""
