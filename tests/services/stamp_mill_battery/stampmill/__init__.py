"""A gold mine's stamp mill battery controller (sync, with idle wakes).

Idioms: inheritance with hook lists. ``StampBattery.tick`` runs every bound
method ``self.hooks()`` returns; the base lists its drop tally (a container call
every tick) and its cam-shaft inspection (a container call only under the rare
relining predicate), and each subclass extends the list with
``super().hooks() + [self._extra, ...]``. ``AmalgamBattery`` (the entry: its
``tick`` wraps ``super().tick()`` in a telemetry timer) adds plate dressing,
gated by the active guard, and the pulp assay, a loop over the empty-on-idle
samples; ``ConcentratorBattery`` adds a vanner sweep that touches the container
on every one of its own ticks, but this mill never runs one. The battery is
built by the classmethod ``StampBattery.create()``, which picks the subclass
whose name (less ``Battery``, lower-cased) matches the settings string
``battery_kind`` among ``cls.__subclasses__()``. Logging throughout, frozen
dataclass settings with a ``from_env`` classmethod, a dataclass for pulp
samples, a repository over the database and the cache.
"""
