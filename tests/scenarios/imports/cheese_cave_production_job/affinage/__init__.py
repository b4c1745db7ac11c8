"""Affinage house job: a production mix.

Idioms: a module-level scheduled job; cave links kept in a module dict filled by
``runtime.init()`` and routines in a dict filled by the handlers module's
top-level code; an async generator over the caves consumed by ``async for`` and
``anext``; ``dataclasses.replace`` on a link; a snapshot built from ``sum(len(q)
...)`` over empty-on-idle queries, decided by ``match`` with keyword sub-patterns.
"""
