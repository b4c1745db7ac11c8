"""Brewhouse fermenter controller (plugin architecture, with wakes on an idle cellar).

Idioms: an ``abc.ABC`` plugin base whose ``__init_subclass__`` registers each concrete
plugin (class keyword ``plugin_name=``) in a class-level dict that the tick iterates;
a three-level hierarchy across modules (``VatPlugin`` -> ``ConeTankPlugin`` ->
``GlycolChillPlugin`` / ``PressureWatchPlugin``) with ``super().run()`` chains and a
template method (``tick_once`` asks ``should_run`` then calls ``run``); a
``@classmethod from_settings`` that builds each plugin with the handle read through a
delegating ``LeaseProxy`` (``__getattr__`` forwards to the ``BoxLease`` that holds the
handle); ``functools.partial`` callbacks stored in a list and called in the tick; a
dosing pump whose handle is stored through a property setter; exceptions as control
flow: one helper raises ``VatsIdle`` when idle (the call after it is gated), another
returns early when idle and raises ``PressureLogStale`` only when active (the call
after it fires on an idle cellar).
"""
