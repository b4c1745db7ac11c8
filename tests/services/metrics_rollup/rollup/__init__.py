"""Metrics rollup room.

Idiom: comprehensions of every kind over values holding shard handles or
callables: a list of handles, a dict comprehension, a set comprehension calling
probe lambdas, a generator expression filtered by an empty-on-idle collection,
a list comprehension over a registry of exporter functions. Second idiom:
containers filled by calls (item assignment into ``self.shards``, ``extend`` of
probes, and ``update`` / ``setdefault`` on a module-level exporter registry at
import time).
"""
