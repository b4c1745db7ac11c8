"""Apiary hive keeper: a threaded worker ticking every five minutes (sync, with wakes on an idle yard).

Idioms: a worker class whose periodic entry is ``tick()``, driven in production by a
``threading.Thread(target=self._run, daemon=True)`` loop over
``self._stop.wait(interval)`` with ``self._stop = threading.Event()``; a
``threading.Event`` ``_hive_opened`` ("an inspection started") that the handler
method ``on_inspection_report`` sets only when the active guard holds, checked at the
top of the tick with ``is_set()`` then ``clear()``ed before the tare (gated); a
``queue.Queue`` inbox the tick fills from the empty-on-idle weighings and drains with
``get_nowait()`` inside ``try/except queue.Empty`` (gated); a ``collections.deque`` of
``PendingPush`` items drained with ``while self._pending: item =
self._pending.popleft()`` and dispatched through a dict of ``functools.partial``
callbacks keyed by the item's kind: a heartbeat item is appended every tick (a bug),
an ack item per inspection report the bus delivers (stub data, so it can wake on an
idle tick), an inspection item only under the active guard (gated); a retry helper
``with_retries(self.box.fetch, ...)`` (``for attempt in range(3): try ... except
BroodBoxBusy: time.sleep(...)``) wrapping the heartbeat push (every tick) and the
swarm watch (rare); settings as a ``@dataclass(frozen=True)`` built from
``envknobs``; ``logger = logging.getLogger(__name__)`` with ``logger.info`` calls
around the container calls, and one container call made inside a ``logger.info``
argument (the firmware probe, every tick: a bug); a repository whose DB-API-shaped
cursor is used via ``with contextlib.closing(repo.cursor()) as cur:`` (the guard,
the collection, and the stale-hive resync the tick runs on whatever rows come back).
"""
