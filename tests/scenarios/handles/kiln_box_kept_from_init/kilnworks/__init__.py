"""Glaze kiln rooms.

Idiom: the kiln box is opened into a local in ``__init__`` and stored on ``self``;
only methods of the base class (``KilnRoomBase``) read it. Second idiom: a frozen
settings dataclass and a repository gate which of those base methods run.
"""
