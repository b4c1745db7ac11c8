"""Lighthouse keeper.

Idiom: module top-level code fills dicts of handlers (item assignment, ``update``,
a loop of ``functools.partial``, a copy with ``dict(...)``); the tick calls them by
iterating, by constant key and by a key read from an empty-on-idle query. Second
idiom: a keeper context dataclass carries the lantern handle to the handlers.
"""
