"""Carillon bell tower keeper (sync, with idle wakes).

Idioms: an observer pattern. ``TowerSubject`` keeps a list of observer objects
(``attach(observer)``) and notifies them with ``for o in self._observers:
o.update(event)``; two subjects, the ``TowerClock`` (a ``quarter`` event each tick)
and the ``BellFrame`` (a ``struck`` event each time a bell is rung). Observers are
attached in the start-up code ``open_belfry()``: a clock-drift observer that syncs the
carillon's clock on every quarter (a bug: an idle wake), a strike log, a clapper-wear
observer attached to both subjects (it remembers bells struck on one tick and queues a
clapper inspection on the next quarter, so the inspection follows only a jubilee
peal), and a weather-shutter observer attached only when the ``shutter_watch``
settings flag is on (it queues a close-shutters command when the cached wind reading
is not calm). Second idiom: a command pattern. ``TowerCommand`` objects with
``execute()`` are queued in a list by ``BellInvoker.submit`` (deduplicated with the
commands' ``__eq__``) and run each tick by ``run_pending()`` under
``enumerate(batch, start=1)``; chime requests (empty on idle) are paired with their
parsed notes by ``zip(..., strict=True)``, clapper service is gated by the active
guard, the jubilee peal by the rare predicate. Also: ``__repr__``/``__str__`` used in
log lines, ``__eq__``/``__hash__`` on value objects (``BellNote`` case-insensitive,
``WeatherReading`` ignoring when it was read), frozen dataclass settings with
``from_env``, a repository over the database and the cache.
"""
