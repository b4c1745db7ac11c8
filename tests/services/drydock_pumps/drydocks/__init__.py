"""Shipyard drydock pumping station: the controller's five-minute tick.

Idioms: a finite set of pump objects kept in a ``dict[str, Pump]`` on the station,
built at start-up from settings. Each tick computes
``to_start = {name for name, p in pumps.items() if p.level_high()}`` (a set
comprehension; ``Pump.level_high`` is true only when the pump's sump has readings
above its start depth, and the readings list is empty on an idle dock) and
``to_stop = set(self.running) - to_start``, then calls the pump-control container
for each name in ``sorted(to_start)`` and ``sorted(to_stop)``; ``self.running`` is a
set kept on the station across ticks (only what was started is ever in it).
``frozenset`` constants name the flood pumps and the drainage pumps; a rare
dock-flood path raises the alarm with the container and adds
``FLOOD_PUMPS.intersection(self.pumps)`` to the pumps to start (so the next tick
without a flood stops them). The dewatering progress read is gated by the active
guard; the heartbeat with ``sorted(self.running)`` wakes the container every tick
(a bug). Logging and dataclasses throughout.
"""
