"""Fleet inventory poller.

Idiom: tuples and records carrying node handles: a NamedTuple pair unpacked and
swapped on failover, starred unpacking of placements, an ``attrs`` record copied
with ``attrs.evolve``, a dataclass copied with ``dataclasses.replace``, a
``copy.copy`` of a placement, and a 3-tuple whose middle slot holds no node.
Second idiom: handles leased into locals in ``connect()`` and stored on ``self``
afterwards (``__init__`` leaves ``None``).
"""
