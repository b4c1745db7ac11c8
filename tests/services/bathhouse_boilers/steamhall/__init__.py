"""Public bathhouse boiler and steam-room controller (sync).

Idioms: the boiler-room client is a module global (``_boiler_room``) set by
``boilerroom.init()``, which the start-up code (``open_bathhouse``) calls, never the
loop; the round reads it through ``boiler_room()``. Every round holds a
``BoilerLease``, a project class whose ``__enter__`` acquires the lease on the box
and whose ``__exit__`` releases it on every way out (idle wakes). Steam orders come
from a repository generator, ``BathhouseLedger.steam_orders()``, that yields
``SteamOrder`` dataclasses from the empty-on-idle ``queued_steam_orders()``: the
round peeks with ``next(gen, None)`` to decide whether to open a
``@contextlib.contextmanager`` steam-room session (box touched before and after
``yield``), then serves every order with ``for`` inside it (all gated by the empty
collection). Boiler readings come from a second generator over stub data, peeked with
``next(gen, None)`` (an idle wake when a reading is there). The pressure check is
gated by the active guard ``boilers_are_firing()``; the descaling run only under the
rare ``descaling_night_arrived()``. The periodic entry is ``stoke_round``; ``main()``
drives it from a ``while True`` + ``time.sleep`` loop (``run_boiler_loop``).
Logging throughout; settings and rows are dataclasses.
"""
