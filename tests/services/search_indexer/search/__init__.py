"""Search index scheduler.

Idioms (three at once): dependency injection (``create_scheduler`` builds the
cluster of shard handles, the coordinator and the scheduler; the tick reaches
handles as ``self.coordinator.cluster.handles``); NamedTuples and tuples
(``ShardHandle``, starred unpacking of the leader and followers, a
``(shard, box)`` pair returned by a method); generators (an async generator of
``(shard, box)`` pairs in ``async for``, a sync generator in ``for`` and
``list(...)``).
"""
