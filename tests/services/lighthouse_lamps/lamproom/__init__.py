"""Lighthouse lamp keepers: each lamp's periodic alarm drives a lantern-control container (sync, with idle wakes).

Idioms: an ``abc.ABC`` ``BeaconStrategy`` with an ``@abstractmethod`` ``run(ctx)`` and
three concrete subclasses (occulting, steady, flashing) registered in a module-level
``STRATEGIES: dict[str, type[BeaconStrategy]]`` keyed by their ``name`` class
attributes; each keeper picks its strategy at start-up from a settings string
(``LampSettings`` dataclass defaults: the main light runs ``"occulting"``, the fog
signal ``"steady"``, ``"flashing"`` is not used at this station) through
``make_strategy`` and stores it on itself. ``LampKeeper.alarm(self)`` calls
``self.strategy.run(self.ctx)``; ``BeaconStrategy.has_traffic`` is a ``@property``
delegating to the active guard: the occulting strategy starts with
``if not self.has_traffic: return``, the steady one forgot it (its intensity call
wakes the box on every idle tick, a bug). ``LampContext.box`` is a
``functools.cached_property`` holding the container handle; a shared base-class
helper sorts an empty-on-idle collection with ``sorted(key=operator.attrgetter(...))``
and makes one container call per ``itertools.groupby`` group. ``FogSignalKeeper``
overrides the class attributes ``lamp``/``interval_s`` and a ``@staticmethod``
(``strategy_name``) and calls ``super().alarm()`` (then logs the lantern's serial, a quiet method); the base alarm's fast-sync call
fires only when ``self.interval_s <= fast_sync_s`` (the fog keeper's 30 s, never the
main keeper's 300 s). ``@classmethod from_settings(cls, s, ledger)`` alternate
constructor inherited by the subclass (``cls.strategy_name(s)``, ``cls.lamp``); a
``__slots__`` value class ``SectorFault``; a ``typing.NamedTuple`` ``LampReading``
returned by the ledger and unpacked (``hours, bulb_ok = ...``; the bulb-swap call
wakes when the cache holds no bulb flag); the lens-polishing call is behind a rare
predicate.
"""
