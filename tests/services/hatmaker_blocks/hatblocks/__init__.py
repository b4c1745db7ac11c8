"""A milliner's hat-blocking and steaming room (sync, with an idle wake).

Idioms: a functional style, module-level functions only, no service classes:
``open_blocking_room()`` builds a ``ctx`` dict (``{"client": ..., "settings": ...,
"pending": [...], "db": ..., "cache": ...}``) kept in a module global, and every
step of ``steam_round()`` takes that ``ctx``. Reads go through ``dict.get`` with
defaults (``ctx.get("pending", [])``, ``kwargs.get("timeout", ...)``, row fields).
``**kwargs`` are forwarded through two layers of helpers to the container call
(``press_block`` -> ``_block_request`` -> ``cabinet.fetch`` and ``read_pressure``
-> ``_gauge_request`` -> ``cabinet.fetch``); the inner block helper pops a
``dry_run`` keyword and returns before the container call, and the round's
calibration pass always passes ``dry_run=True`` (so that call site never wakes).
Pending hats and the block heats are ordered with
``sorted(d.items(), key=lambda kv: kv[1])``. A module-level ``_STATS = {"steamed": 0}``
counter is bumped with ``_STATS["steamed"] += 1`` per hat steamed and read to gate
the steam report. Frozen dataclasses for settings and hat orders; logging.

Wakes: the pressure reading every round (the idle bug); pressing hats on blocks
(gated by the empty-on-idle pending hats), the steam report (gated by the counter
those presses bump), draining condensate (gated by the active guard) and the
season's cabinet setting (rare).
"""
