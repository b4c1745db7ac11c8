"""A violin maker's workshop: varnish drying cabinets, humidity and the bench (sync).

Idioms: the foreman's round builds a list of probe callbacks with lambdas in a
comprehension that bind the loop variable as a default (``[lambda c=c: self.check(c)
for c in self.cabinets]``) and a list of ``functools.partial`` finishers, and calls
both in later loops; each cabinet class probes the climate box its own way (the
humidity cabinet reads its hygrometer every round, a wake; the UV drying cabinet
reports lamp minutes only once a lamp rotation stored some, which happens only under
the active guard). ``operator.methodcaller("inspect")`` is mapped over the
instruments on the bench (an empty-on-idle collection). Bench jobs are a
``@functools.total_ordering`` dataclass (``__eq__``/``__lt__`` on priority and name)
kept in a ``heapq``: the hygrometer log is pushed when the probes stored readings
(every round, a wake), the setpoint recalibration only when the heating season
begins (rare). The climate client is a ``@functools.cached_property`` of the foreman,
made on first use in a round. Frozen ``@dataclass`` settings, dataclass cabinets and
reports, a ledger over ``stowage``/``kvbox``, logging throughout.
"""
