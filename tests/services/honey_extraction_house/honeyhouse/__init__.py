"""A honey extraction house: uncapped frames go through the centrifuges, drums get weighed.

Idioms: a repository returning a ``Page`` dataclass (``items``, ``next_cursor``) that a
generator consumes in a ``while cursor is not None:`` pagination loop (on an idle tick
the first page is empty and its cursor is ``None``); ``itertools.islice`` of that
generator to cap a batch; ``collections.Counter`` of the frames' honey kinds with
``.most_common(1)`` to pick the centrifuge programme; ``zip(*pairs)`` to unzip
``(frame_id, weight)`` pairs; and a container call (braking the rotor) in the
``finally`` of a helper that only runs when a batch holds frames. Also: frozen settings
dataclass read from the environment, logging, a start-up function wiring the box,
repositories and services.
"""
