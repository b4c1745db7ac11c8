"""Moderation queue poller.

Main idiom: registries filled at import time by decorators with arguments:
``@route("image")`` fills a dict of handlers, ``@every(300)`` appends periodic
jobs to a list, and the class decorator ``@probe(order=10)`` inserts probe
classes in order; the poll iterates all three (probes every poll, periodic jobs
when due by the poller's own clock, routes only when the review queue has
work, plus one route looked up by name outside that guard). Second idiom: a
context dataclass handed to every registered function.
"""
