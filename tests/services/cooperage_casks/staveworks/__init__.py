"""Cooperage stave bench controller (a 2017 code base, kept running on newer Pythons).

Idioms: settings read once at import into module constants (``envknobs``); a
``try: import kvbox / except ImportError: kvbox = None`` fallback; classes with
``__slots__``, ``super(Class, self).__init__(...)`` and ``@staticmethod`` factories
(``BenchRef.open``, ``CooperageStore.connect``, ``CaskGauger.for_ctx``); a ``ctx``
dict built in ``main()`` and passed to module-level functions (``ctx["bench"]``,
``ctx.get("bench")``, ``ctx["bench_ref"].bench``); tick hooks registered with a plain
``register_hook(fn)`` at import time of two modules and run by index
(``for i in range(len(...))``) with ``**kwargs`` forwarded through three layers; a
mutable default argument used as a cache of the bench handle; a class-level
``HANDLERS`` dict of method names dispatched with ``getattr``; ``threading.Lock`` with
``with`` and a ``threading.Event`` checked at the top of the tick; ``while True`` /
``break`` over an empty-on-idle fetch; ``enumerate(..., start=1)`` over an
empty-on-idle list; ``zip(*pairs)`` transposing the rack settings.

Bugs: the quiet handler sends a heartbeat, the climate hook pushes a reading (through
the kwargs layers and the cached handle), and the rack census hook posts a census,
all on an idle cooperage.
"""
