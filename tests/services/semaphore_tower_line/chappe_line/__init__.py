"""One tower of an optical semaphore telegraph line (sync, with idle wakes).

Idiom: a chain of responsibility. Handler objects (a common ``SignalHandler``
base) are linked at start-up with ``handler.set_next(other)`` (which returns
``other``, so the links are written as one fluent chain); each ``handle(message)``
either processes the message, touching the semaphore-arm container, or passes it
on: the concrete handlers call ``super().handle(message)``, whose base version
calls ``self._next.handle(message)`` when ``self._next`` is not None (so the base
``handle`` is on the stack once per link the message passes).

The watch tick sends a heartbeat ``LineMessage`` every tick (it runs through the
whole chain and is handled by the last handler, which hoists the rest signal: an
idle wake), after the dispatch messages taken from a ``deque`` outbox filled from
an empty-on-idle repository query (gated). A guard-gated handler branch: the
first handler intercepts the heartbeat and signals "repeat" instead while a
transmission is in flight (the active guard). A rare message type: a "codebook"
message is queued only when the codebook is reissued (the rare predicate) and its
handler makes two container calls. Also: ``@dataclass`` settings built by a
classmethod, ``@dataclass(frozen=True)`` messages, a repository over the database
and the cache, a quiet label method on the handle, logging throughout.
"""
