"""Sawmill log yard: the bandsaw poller's tick (async, with wakes on an idle yard).

Idioms: containers that live on a shared ``MillState`` object, passed to the
constructors of the webhooks, the kiln feeder, the bus watcher and the poller.
``state.pending: set[str]`` of dirty log ids is filled by a webhook handler the
framework calls (``YardWebhooks.on_log_scanned``: nothing in the package calls it;
the driver delivers one scan before the ticks, as the framework would) and drained
in the tick with ``while state.pending: log_id = state.pending.pop()``, one bandsaw
call per id (a failed cut goes to ``state.retry_later``, merged back with ``|=`` on
the next tick). ``state.orders`` is a ``collections.defaultdict(list)`` of orders by
kind, filled by a second handler (``on_order_placed``, never delivered here, and
gated by the active guard anyway) and by the tick under the rare audit predicate;
the tick's debug log reads ``state.orders["rush"]``, which inserts an empty key, so
the later ``if state.orders:`` holds on an idle tick (a bug) while the per-kind
flush (``if batch:``) is rare. An ``asyncio.Queue`` on the state is filled by
``KilnFeeder.stage()`` only when the active guard holds and drained in the tick with
``while not q.empty(): item = q.get_nowait()``. ``self.cut_plan`` on the poller is
filled only under the active guard and iterated later in the same tick.
``self.rejects`` is aliased as ``MillAuditor.sink`` (``self.audit =
MillAuditor(self.rejects)``); the tick calls ``self.audit.note("heartbeat")`` every
time, so ``if self.rejects:`` holds on an idle tick (a bug). An ``asyncio.Event``
is set by its bound ``set`` handed to the stub ``queuebus.on_ready(callback)`` and
tested with ``is_set()`` before a bandsaw call. Also: a ``@dataclass(frozen=True)``
settings object with a ``classmethod`` constructor, a lazily roused box behind a
``@property``, a ``@staticmethod`` path helper, ``telemetry`` gauges.
"""
