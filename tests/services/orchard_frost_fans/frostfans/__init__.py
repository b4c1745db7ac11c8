"""Orchard frost fans: the wind machines that stir warm air down into the blocks on frost nights.

Idioms: the settings are a TOML document kept as constant text in ``settings.py``
and parsed with ``tomllib.loads`` at start-up; the result is read as a nested dict
(``cfg["fans"]["zones"]``, ``cfg["frost"]["stage_on_warning"]``,
``cfg["fans"]["mirror_to_cooperative"]``). A list of frozen ``FanZone``
dataclasses is built from the ``[[fans.zones]]`` array of tables. The tick builds
a dict of the coldest reading per block from the repository's cold canopy readings
(empty on an idle tick) and walks the zones, spinning a zone's fans only when its
block's reading is below the zone's threshold (``dict.get`` then a comparison);
it reports every zone's fan state on every tick (a wake on an idle tick); polls
spin-up progress only while masts spin up (the active guard); on the rare frost
warning it broadcasts the warning and stages the zones the TOML marks
``stage_on_warning``. The cooperative mirror is switched off in the TOML text
(``mirror_to_cooperative = false``), so that call never runs: a constant the
code knows. Logging throughout; the fan-mast box is built by a factory and held
by a ``FanMastDriver`` service object.
"""
