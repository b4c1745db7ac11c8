"""Batch ETL pipeline on a pipeline-worker container.

Main idiom: data-pipeline plumbing. A module-level ``@functools.lru_cache`` factory
``get_tributary_worker()`` called from three modules; a dataclass whose
``__post_init__`` stores the handle (``ParquetWriter``, ``StageContext``, both with
``field(default_factory=...)`` fields), a ``cached_property`` returning it
(``CsvWriter``); a ``typing.Protocol`` (``BatchWriter``) implemented by both writers,
one chosen from settings by a conditional expression; an ``enum.Enum`` of stages
with a property and a method, and a ``collections.defaultdict(list)`` of stage
handlers keyed by the enum, filled at start-up and read with ``dict.get(key, default)``.

Guards: the active guard computed once into a local and used in two places (a
``continue`` inside the stage loop and an ``if`` at the end of the tick), a walrus
guard on an empty-on-idle count, and a ``for ... else`` over an empty-on-idle
collection whose ``else`` runs on an idle tick (the bug). Both writers' heartbeats
wake the worker every tick (the other bug).
"""
