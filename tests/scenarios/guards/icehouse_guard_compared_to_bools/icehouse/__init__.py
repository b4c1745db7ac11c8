"""Icehouse keeper.

Idiom: the guard compared with booleans instead of tested for truth: ``is False``,
``== False``, ``is not True``, ``is True``, ``!= False``, and an early return on
``is False``; membership with ``in`` and ``not in`` in an empty-on-idle collection.
Second idiom: the same comparisons on a rare predicate.
"""
