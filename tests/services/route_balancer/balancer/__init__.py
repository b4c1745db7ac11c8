"""Courier route balancer.

Main idiom: ``map``, ``filter``, ``sorted(key=...)``, ``min``/``max(key=...)`` and
``functools.reduce`` whose function touches the routing box, over ordinary
collections (the depots, the active routes: it fires) and over the empty-on-idle
unassigned parcels (it never fires on idle). Second idiom: ``functools.partial``
over bound methods, and a module-level runtime set by ``configure()`` at start-up
and read by the module-level cron entry.
"""
