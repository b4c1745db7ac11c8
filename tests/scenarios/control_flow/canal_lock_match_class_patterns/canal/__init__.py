"""Canal lock room.

Idiom: ``match`` on a snapshot dataclass with class patterns and keyword
sub-patterns (``case LockSnapshot(has_traffic=True)``), positional class patterns
through ``__match_args__``, and a tuple of guard values matched against literal
patterns. Second idiom: the snapshot is built from the guard, an empty-on-idle
count and a fault flag read from the database.
"""
