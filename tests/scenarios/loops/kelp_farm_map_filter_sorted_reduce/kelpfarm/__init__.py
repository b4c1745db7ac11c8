"""Kelp farm poller.

Idiom: ``map``, ``filter``, ``sorted(key=...)`` and ``functools.reduce`` call their
function once per element: over the farm's long lines (never empty) the buoy calls
fire; over empty-on-idle queries they never run. Second idiom: bound methods and a
module function as the callables, with a dataclass per long line.
"""
