"""Riding-stable yard back-end: two periodic jobs sharing state (sync, with wakes on an idle yard).

Entries: ``FarrierRounds.tick`` (stores) and ``MuckOutBoard.sweep`` (reads); the
scheduler runs them on two threads, ticked in that order.

Idioms: a module-level cache dict ``YARD_BOARD`` in ``yard.py`` that the rounds pin to
and the board reads (``peek`` under the lock, a direct ``YARD_BOARD.get``, and
``take``, a pop), reached through one shared ``StableYard`` service object both jobs
are built with; a ``threading.Lock`` held as ``with self._lock:`` in the yard's
``pin``/``peek``/``take``/``horse_file``/``horse_files``; a ``functools.cache``
module function ``yard_client(site)`` returning the client whose ``__init__``
summons the yard box, and a ``functools.lru_cache`` ``ration_plan(workload)``
returning a frozen dataclass (derived data, no container); a per-horse cache
``HorseRoster(dict)`` whose ``__missing__`` makes a ``HorseFile`` on demand (the
rounds, only for horses due for shoeing) and that the board reads with ``.get``
(never creating one); a ``LessonBook`` with ``__iter__`` and ``__len__`` over the horse
files taken off work, used as ``if not book:`` and ``for … in book``.

Wakes: the rounds re-sync the farrier calendar on every tick (a bug); the board
repaints the yard noticeboard whenever the rounds pinned a summary, which they do on
every tick (a bug, reached through the shared dict), and mucks out each stall the
database flags (stub data, may be idle). Gated: the farrier visit per horse due (the
empty collection), the arena notice (the active guard), the lesson reassignment
(``LessonBook`` over horse files only the gated loop creates). Rare: the worming round,
pinned by the rounds only on worming day and sent by the board.
"""
