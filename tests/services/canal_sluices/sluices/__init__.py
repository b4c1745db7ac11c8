"""Canal sluices: a canal authority's sluice controller (sync, with idle wakes).

Idioms: snapshot dataclasses (``LevelReading``, ``QueueSnapshot``, ``KeeperRota``)
taken each tick and examined with ``match`` statements using class patterns with
keyword sub-patterns and guards, also inside a tuple pattern
(``case LevelReading(rising=True, depth_cm=depth), _ if ...``); an enum state machine
(``SluiceState``) whose ``SluiceCycle`` keeps a dict from enum members to bound
methods and dispatches the stored state each tick (a state set on one tick is worked
on the next: penning back a rising pound wakes the gear, filling only follows boats
waiting, emptying only follows a reported breach); ``functools.reduce`` over the boat
queue ``sorted(key=...)`` by arrival; tuple returns unpacked by the callers
(``reading, queue = self._survey()``, ``before, after = self.cycle.step(...)``) and a
swap (``lead, trail = trail, lead``) that puts the powered paddle in the lead only
when a keeper is on duty (the trailing paddle is rested, the leading one drawn);
wrapper decorators (``during_navigation_hours``, ``keeper_required``) that check a
condition before calling the service method they wrap. Sync code, a ``tick()``
called by the scheduler.
"""
