"""Chat presence hub, event-driven done right: no container call on an idle room.

Every container call is gated by the live-socket guard or the queued fan-outs,
through these idioms: the presence box kept in a local in ``boot()`` and stored on
``self``, read by a mixin; callables appended to ``self._flushers`` and called from
a list comprehension under ``asyncio.gather``; a list comprehension of coroutines
over queued fan-outs; an async generator that yields ``(room, box)`` pairs only
when sockets are live; a rare schema migration under the guard too.
"""
