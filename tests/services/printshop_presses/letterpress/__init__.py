"""Letterpress print shop: the press-floor foreman's periodic pass (with wakes on an idle floor).

Idioms: an in-process event bus, ``PressBus``, whose handlers live in a
``dict[str, list[Callable]]`` filled with ``setdefault(topic, []).append``; most handlers
are bound methods the service classes subscribe in their own ``__init__``
(``InkWellKeeper``, ``ProofDesk``, ``PaperStockClerk``), one is a module function
subscribed at start-up. The foreman's pass publishes events: ``proof.queued`` once per
queued proof run (a loop over the empty-on-idle collection), ``stock.low`` when the
cache says the paper stock is low (stub data), ``inks.recalibrate`` under the rare
predicate, and ``pass.finished`` every pass (its ink-well handler stirs the wells on an
idle floor: a bug). The container client comes from a ``functools.lru_cache`` factory,
``rent_platen_box(shop)``, called in constructors and again inside a handler. Work
queues: a ``collections.deque`` of proof runs filled by the bus handler and handed
over to a ``heapq`` priority queue (``PressQueue``), which also takes the press jobs
(only under the active guard) and a roller wash pushed every pass (a bug); the queue is
drained through a dispatch dict built by a ``dict.items()`` comprehension of bound
``handle`` methods keyed by work kind. Press jobs are locked up in formes by a
generator that ``yield from``-s a chunking helper generator, consumed by ``for``.
Threads: in production ``PressFloorForeman.start()`` runs ``while not
stop.wait(interval): self.run_pass()`` in a ``threading.Thread``; the configured entry
is the method ``run_pass`` itself. A frozen ``@dataclass`` of settings, dataclass
records, ``NamedTuple`` pass summaries, logging throughout.
"""
