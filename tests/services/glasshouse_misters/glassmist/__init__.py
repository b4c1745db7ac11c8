"""Botanical glasshouse misters: a sync round every ten minutes against the mist-manifold container.

Idioms: ``itertools.groupby`` over probe readings sorted by zone (the dry readings are
empty on idle) into a dict of the driest reading per zone, whose ``dict.items()`` the
dispatcher walks to pulse each zone (gated by the empty collection); a module-level
constant table of zones, ``MIST_ZONES`` (non-empty, the second fixed table beside
``NOZZLE_BANKS``), walked every round: by ``enumerate`` when the setpoint keeper pushes
each zone's setpoint it does not know the manifold has (stored on ``self`` only when the
reply is ok: every zone on the first round, an idle wake, and again after a refusal),
and by ``enumerate(zip(MIST_ZONES, unpurged))`` when the conductor purges the lines of
zones with pulses not yet purged (counts kept on the nozzle log across rounds, filled
only by pulses, which the empty collection gates, and by the rare fog: a wake due only
under the rare predicate). The walrus operator in an ``if`` binds the active guard
(``if (cycle_underway := ...)``: a progress read, gated) and the purge is skipped on
``if not cycle_underway``; the walrus in a ``while`` slices the fog nozzles into
batches (``while (batch := nozzles[:FOG_BATCH])``) under the rare fungicide order. The
nozzle log keeps a ``time.monotonic()`` throttle on ``self``
(``if now - self._last_flush >= FLUSH_EVERY: ...; self._last_flush = now``, starting
at ``-inf``): it flushes ``dict(zip(ZONE_NAMES, pulses))`` on the first round whatever
the counts (an idle wake, a bug). Frozen dataclass settings and readings, a ledger over
the stub database and cache, logging throughout. Sync code.
"""
