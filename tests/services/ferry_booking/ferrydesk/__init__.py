"""Ferry sailing desk.

Main idiom: tuples carrying handles. A helper returns ``(box, ttl)`` that the
alarm unpacks; a ``BoxPair`` NamedTuple (the standby is None at this port) is
unpacked and its parts swapped; ``head, *tail = self.boxes`` splits the port's
three boxes; a ``(box, sailings)`` view pairs a handle with the empty-on-idle
collection; a frozen ``ManifestLease`` dataclass holds a box and is copied with
``dataclasses.replace``. Second idiom: the desk's boxes built at start-up from a
literal table in another module.
"""
