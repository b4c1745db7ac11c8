"""Velodrome lap timing and track lighting: the marshal's one-minute lap tick (sync).

Idioms: a frozen ``@dataclass`` settings object whose ``@property`` values
(box names, the house-light sections split from a comma list, the heat
distance, whether the scoreboard is enabled) are computed from its other
fields; a ``SectionLightingMap`` whose ``__getitem__`` maps a track section to
its lighting group (with a fallback group); trackside consoles whose
``client: Optional[TrackBox]`` is ``None`` until ``connect()`` is called by
the start-up code (``open_velodrome``), never by the tick, each console method
guarded by ``if self.client is None: return`` (the scoreboard is connected
only when its settings switch is on); a ``LightingDirector.cues()`` generator
that ``yield from``s the house cues (every tick: a refresh of the house
lights on an idle tick, a bug) and the race cues (one per section with riders,
empty when idle); ``enumerate(..., start=1)`` numbering posted lap splits,
the last number kept as the count that gates the standings; ``str.join`` of
rider and group names; logging throughout.
"""
