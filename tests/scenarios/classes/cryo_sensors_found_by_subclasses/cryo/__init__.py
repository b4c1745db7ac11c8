"""Dewar sensors found at start-up by `Probe.__subclasses__()` (the direct subclasses only),
each made with the same arguments and polled every tick."""
