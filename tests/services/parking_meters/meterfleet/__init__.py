"""Parking meter fleet poller.

Main idiom: a guard's value stored and read elsewhere. The tick stores
``self._busy = await self.repo.meters_have_sessions()`` (``__init__`` set it to
True first) and ``OccupancyPublisher`` reads ``poller._busy`` three calls deep;
it stores the value on another object too (``self.zones.active``, default True);
it keeps it in a local passed down as an argument to the enforcement sweep.
``DailyDigest`` copies ``_busy`` in ``__init__``, before any tick, so it holds
the default forever. Second idiom: collaborators holding a back-reference to
the poller (the publisher) and the shared gateway.
"""
