"""A marionette theatre's stage rigging: the rigger's cue tick (async, with idle wakes).

Idioms: async code with an ``asyncio.Queue`` that the tick fills from an
empty-on-idle repository list (``pending_puppet_cues``), and a worker coroutine
(``CueHand.work_cues``) the tick starts with ``asyncio.create_task`` and waits for
with ``await queue.join()`` after putting a ``None`` sentinel; the worker takes each
cue off the queue and flies its batten in the fly-gallery container (gated by the
empty list), counting what it flew on itself, and the tick locks the rail only when
that count is non-zero. A second container call in the tick runs every tick (the
counterweight report, a bug: it wakes the gallery on an idle tick). A rare predicate
(``new_production_load_in``) gates a ``set_env_var``; the active guard
(``marionettes_mid_restringing``) gates the restringing check. A
``@dataclass(frozen=True)`` ``PuppetCue`` (and frozen settings), a repository over
the database and the cache, and logging throughout.
"""
