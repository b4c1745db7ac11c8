"""Cable sensors of a suspension bridge, reported to the structural-health container.

Idioms: a ``Sensor`` base class whose ``threshold`` is a ``@property`` (the
bridge-wide default), overridden in the tension and vibration subclasses by a
plain class attribute; a factory (``cable_sensor_class``) mapping a sensor kind
string to its class through a ``match`` statement with string literal cases,
including a kind (``anchorage``) this bridge's layout does not deploy, so its
``report`` override never runs; sensors built at start-up from a settings list
of ``(kind, id)`` tuples; each round reads every sensor from the repository
(stub data) and touches the container when a reading exceeds the sensor's
threshold, plus an every-round heartbeat, a dehumidification call gated by the
active guard, a recalibration loop over an empty-on-idle collection and a rare
annual load-rating call. Payloads are built with ``dataclasses.asdict``;
logging throughout.
"""
