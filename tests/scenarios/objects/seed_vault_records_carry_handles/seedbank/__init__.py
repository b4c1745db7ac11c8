"""Seed vault room.

Idiom: handles kept in record fields: a frozen dataclass, an attrs class and a
NamedTuple, copied with ``dataclasses.replace``, ``attrs.evolve`` and ``copy.copy``
(which keep the handle unless the field is replaced). Second idiom: local
instruments with the same methods in the same fields, which wake nothing.
"""
