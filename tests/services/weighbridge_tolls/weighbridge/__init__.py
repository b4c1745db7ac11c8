"""Harbour weighbridge tolls: the shift clock that checks lorry loads at the gate lanes (sync).

Idioms: a three-level station hierarchy whose ``__init__`` chains through
``super().__init__(...)``: ``TollStationBase`` keeps settings, ledger and a
per-station logger, the middle ``BoxedTollStation`` creates the weighbridge box
client (``summon_weighbridge_box``), and the leaves pass their lane up. Class
attributes overridden in subclasses (``PART``, and ``ENABLED = False`` on the
out-of-service drum scale) are read as ``self.ENABLED`` / ``self.PART`` in the base:
``run_part()`` skips a disabled station's ``tick_part()``, so the drum scale's box
call never runs. ``tick_part()`` is overridden in the leaves: the overweight hold bay
calls ``super().tick_part()`` (the middle class's box sync) only under the active
guard, the axle scale only after it weighed an empty-on-idle collection of tickets,
and the plate reader polls its box on every tick (the idle wake, a bug). On the rare
calibration lapse the clock recalibrates the stations that are
``isinstance(station, (AxleScaleStation, DrumScaleStation))``; the plate reader's own
``recalibrate()`` override is left out by that tuple and never runs. Paths are built
with ``str.format`` on a class-level template and with f-strings; settings and
tickets are dataclasses; logging throughout.
"""
