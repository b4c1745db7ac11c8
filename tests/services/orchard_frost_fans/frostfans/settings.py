"""The watch's settings: a TOML document shipped with the code, parsed at start-up."""

from __future__ import annotations

import logging
import tomllib
from typing import Any

log = logging.getLogger(__name__)

FROST_FANS_TOML = """
[orchard]
name = "okanagan-ridge"
dsn = "postgres://frostfans"
cache_url = "redis://frostfans"

[fans]
controller_region = "okanagan"
mirror_to_cooperative = false
spin_minutes = 40

[[fans.zones]]
name = "north-slope"
block = "B1"
threshold_c = -0.5
masts = ["M1", "M2"]
stage_on_warning = true

[[fans.zones]]
name = "creek-hollow"
block = "B4"
threshold_c = 0.5
masts = ["M5"]
stage_on_warning = true

[[fans.zones]]
name = "young-plantings"
block = "B7"
threshold_c = 1.0
masts = ["M8", "M9"]
stage_on_warning = false

[frost]
alert_line_c = 2.0
stage_on_warning = true
"""


def load_frost_settings(text: str = FROST_FANS_TOML) -> dict[str, Any]:
    cfg = tomllib.loads(text)
    log.info("frost settings for %s: %d zones", cfg["orchard"]["name"], len(cfg["fans"]["zones"]))
    return cfg
