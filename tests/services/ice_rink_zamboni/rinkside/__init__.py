"""Ice rink resurfacing scheduler: plans the resurfacer's passes and drives its machine (sync, with idle wakes).

Idioms: a frozen ``RinkSettings`` dataclass built by ``from_env()`` from environment
variables through the ``envknobs`` helpers (the stand-in for ``os.environ.get``) with
typed conversion (``int(...)``, ``float(...)``); the resurfacing mode is ``"eco"`` or
``"full"`` depending on a switch read at start-up. The ``ResurfaceScheduler``
(the periodic entry) picks its strategy in ``__init__`` with
``if settings.mode == "eco": ... else: ...`` and keeps it on ``self.strategy``: the
full strategy preheats the flood water on every tick (an idle wake whenever the rink
runs in full mode), the eco strategy only when a lane to resurface needs flooding
(gated). The machine client is a module-level singleton made lazily by
``get_client()`` with a ``global`` statement on the first tick (not at start-up) and
reused afterwards. The tick joins the session lanes (empty unless the active guard says
a skating session just ended) and the requested lanes (empty on idle) with
``itertools.chain``, and gates the machine with ``any()`` / ``all()`` over generator
expressions: flooding behind ``any()`` (gated), shaving in the loop over the lanes
(gated), and the "ice ready" announcement behind ``all()`` of the shaved lanes, which is
True for no lanes at all, so it is announced on every idle tick (a bug: an idle wake).
A heartbeat on every tick (an idle wake), a snow-tank dump decided by the tank load in
the database (stub data: an idle wake), and a blade recalibration only after a blade
swap (the rare predicate). Dataclasses for settings, lanes and requests, a repository
over the database and the cache, a ``Protocol`` for the strategies, logging; sync code.
"""
