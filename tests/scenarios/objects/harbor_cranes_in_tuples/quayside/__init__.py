"""Quay crane poller.

Idiom: handles travel in tuples and named tuples: indexing, unpacking, starred
unpacking and swapping, each beside a local diesel crane (a project class with the
same methods) that wakes nothing. Second idiom: ``NamedTuple._replace`` and
handles stored on ``self`` in ``__init__``.
"""
