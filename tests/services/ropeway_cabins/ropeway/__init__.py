"""Ropeway cabins: the dispatcher of a jig-back aerial ropeway (async, with idle wakes).

Every five minutes ``CabinLineDispatcher.tick`` works the line through the drive-station
controller (the container, reached through ``DriveStationLink``). Idioms:

- async throughout; ``Fleet`` is an async iterator class (``__aiter__``/``__anext__``
  raising ``StopAsyncIteration``) over cabin ids, and each cabin's
  ``CabinSensor.stream()`` is an async generator of readings, combined as
  ``async for cabin in Fleet(...)`` / ``async for reading in cabin.sensor.stream()``.
  The sway round walks the configured cabins every tick (a high sway reading, stub data,
  slows the line); the grip round walks a ``Fleet`` over the cabins due for inspection
  (the empty-on-idle collection), so its grip tests are never recorded on an idle tick;
- ``asyncio.wait_for`` with a timeout and ``except asyncio.TimeoutError``: around each
  sensor poll in the stream (a missed reading is skipped, nothing else), and around the
  haul-rope tension gauge on the rare re-tensioning: a gauge that answers re-tensions
  the rope, a silent one (timed out) stops the line;
- a service object made once per tick inside the entry
  (``inspector = CabinInspector(self.client, settings)``) that keeps the tick's
  readings and findings and reports them at the end of the tick;
- ``getattr(self.client, method_name)`` with the name from a small dict of constants:
  ``GATE_CALLS`` (the station gates are re-synced every tick, a bug; they are closed
  only under a wind stop, the active guard) and ``FINDING_CALLS`` (a sway finding slows
  the line, a grip finding records the grip test);
- ``@staticmethod`` sort keys: ``CabinInspector.urgency`` orders the findings,
  ``InspectionDue.oldest_first`` the cabins due for inspection.

Second idioms: a frozen ``@dataclass`` settings object read from the environment, a
repository over the database and the cache, ``@dataclass`` readings and findings, a
quiet method (``station_serial``) used only in logs, logging throughout.
"""
