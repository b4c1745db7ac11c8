"""A seed bank's cryogenic vault monitor (sync, with idle wakes).

Idioms: a class hierarchy of ``Sensor`` subclasses discovered with
``Sensor.__subclasses__()`` at start-up and instantiated into a list (direct
subclasses only: ``SpareDewarProbe``, which subclasses ``DewarProbeSensor`` and
only overrides its channel, is never discovered and never polled). Each sensor's ``poll()`` returns an optional ``CryoAlarm`` (a
``@dataclass(frozen=True)``), ``None`` unless the ledger (the repository over the
database and the cache) decides otherwise: the probe sensor under the active guard
(a pending nitrogen top-up, WARNING), the lid sensor under the empty-on-idle lid
openings (CRITICAL), the viability sensor under the rare quarterly audit (NOTICE).
The tick collects ``alarms = [a for s in sensors if (a := s.poll()) is not None]``
and touches the container only ``if alarms:``; inside, an ``enum.IntEnum``
severity decides with ``>=``: each alarm at or above the settings' forward level
(WARNING, a dataclass default) is posted, and the curator is paged when
the worst one (``max``) is CRITICAL, so only the journal line fires, and only on a
rare tick. The probe sensor touches the container itself every tick (a reading,
and a recalibration when the cache says the calibration is stale); the quarterly
audit snapshots the inventory from its sensor's ``poll()``. Logging throughout, a
``@dataclass(frozen=True)`` settings object with a ``from_env`` classmethod, an
``abc.ABC`` base with an abstract ``poll``.
"""
