"""Glassblowing furnace controller (Python's object model, with wakes on an idle studio).

Idioms: the container handle reached through ``functools.cached_property``
(``FurnaceLink.box``, opened on first read) and through plain ``@property`` chains
(``FurnaceForeman.glory_link``, ``Station.live_box`` that raises ``FurnaceCold`` while
nothing is gathered); a custom non-data descriptor (``LinkedBox`` with ``__set_name__``
and ``__get__``, reading the link stored under a name it computed itself); a station
registry filled by a metaclass (``StationMeta.__new__``) and iterated in the tick;
callable objects (``__call__``) built at start-up, kept in a list and invoked on every
tick; ``functools.partial`` over bound methods kept in a dict of drills and called in
the tick by name; the active guard itself a ``@property`` of the repository.

Bugs: the reheat drill, the lehr push and the marver station all call the furnace on
an idle studio. The pot reline is rare (WC002). The blow-out drill, the bench
station, the gather pull, the punty charger and the cool-down watch are gated.
"""
