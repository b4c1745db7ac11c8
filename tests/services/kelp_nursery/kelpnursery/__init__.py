"""Kelp seedling nursery: a threaded worker ticking every five minutes (sync, with wakes on an idle nursery).

Idioms: a ``NurseryWorker`` whose periodic entry is ``tick()``, driven in production by
a ``threading.Thread`` loop over ``self._stop.wait(interval)``; a ``threading.Event``
``_flush_requested`` set only by ``request_flush()``, which nothing in the package
calls: a ``threading.Timer(flush_every_s, self.request_flush)`` armed by the thread
loop calls it in production, and the ``queuebus.Listener`` it is registered on with
``on_message`` calls it inside ``pump()`` in the tick (stub data, so the flush of the
culture water can wake an idle nursery); a ``queue.Queue`` of ``SeedlingBatch``es
filled by ``_produce_batches()``, which the tick calls only when the active guard
holds, drained with ``get(timeout=0)`` inside ``try/except queue.Empty`` (gated); a
list handed to the stub library's ``fetch_into(sql, out)`` (through the repository),
which fills it, after which the tick rinses one bed per row (stub data: wakes); a
module-level ``_RETRY: list`` filled with ``_RETRY.extend(failed)`` from
``_hold_for_retry``, whose only caller runs inside the loop over the empty-on-idle
trays, and drained with ``while _RETRY: ... _RETRY.pop()`` in the tick (gated);
``self.counts = collections.Counter()`` incremented every tick, with
``if self.counts["flushes"] % 2 == 1:`` compacting the culture log (on every odd
tick, so on the first idle tick: a bug); a ``LightLog`` used as
``with contextlib.closing(LightLog(...)) as light:`` whose ``close()`` hands the
light meter back to the tank (every tick: a bug); the spore-release switch behind
the rare predicate. Settings as a ``@dataclass(frozen=True)`` built from ``envknobs``,
frozen dataclass records, a ``TankDesk`` with a ``@staticmethod`` path helper.
"""
