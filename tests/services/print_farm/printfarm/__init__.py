"""3D print farm servicing.

Main idiom: activity written as expressions over empty-on-idle collections and
guard results: ``sum(len(q) for q in queues) > 0``, ``len(a) + len(b) > 0``,
``any(...)``, ``all(...)`` (vacuously true over an empty queue: it fires),
``printers_busy() is False``, ``is not True`` (true on idle: it fires),
``== False``, ``"paused" not in active_states()``. Second idiom: a module-level
farm set by ``init_farm()`` at start-up and read by the module-level job.
"""
