"""Windmill cooperative sail house controller (sync, with idle wakes).

Idioms: a ``concurrent.futures.ThreadPoolExecutor`` opened with ``with`` inside the
tick: ``executor.submit(fn, arg).result()`` for the wind vane's readings, the hopper
warden and the queue drain, and ``executor.map(closure, sails)`` for trimming and
reefing each sail; a ``queue.Queue`` filled with ``put`` in the tick (one dressing job
per millstone due, gated by the empty-on-idle collection; one wind report every
round) and drained by a nested ``drain()`` closure with ``get_nowait`` until
``queue.Empty``; two ``threading.Event`` flags shared by crew members built in a
``@classmethod`` alternative constructor (``WindmillForeman.assemble``): the gale
watch sets ``reef_signal`` under the rare predicate and the reefer tests it with
``is_set()`` (rare only), the wind vane sets or clears ``fresh_wind`` from the wind
readings (stub data) and the trimmer tests it; nested closures (``reef``, ``trim``,
``drain``) defined inside methods; ``@classmethod`` constructors
(``SailHouseSettings.from_env``, ``SailHouseLink.for_mill``, ``MillLedger.open``,
``from_row``) and ``@staticmethod`` helpers (paths, payload, sail parsing); frozen
dataclass jobs under an ABC.

Bugs: the wind report goes out every round (and once more when it is refused), and the
sails are trimmed on an idle round whenever the ledger has a fresh wind reading.
"""
