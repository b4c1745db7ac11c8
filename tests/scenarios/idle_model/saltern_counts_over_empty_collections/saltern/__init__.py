"""Saltern room.

Idiom: counts and truth tests over empty-on-idle collections: ``sum(len(q) for q in
...)``, ``len(a) + len(b)``, ``sum`` over a generator, ``any`` and ``all`` (which is
True over nothing), ``not any(...)``. Second idiom: an active guard combined with
those counts by ``or``, and a rare predicate combined with ``not`` of an empty list.
"""
