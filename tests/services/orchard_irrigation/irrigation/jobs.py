"""The cron job: a watering cycle every fifteen minutes."""

from __future__ import annotations

import logging

from .orchard import current_orchard
from .steps import flush_lines, isolate_leaks, open_zones, protect_from_frost, report_moisture

log = logging.getLogger(__name__)


def water_cycle() -> None:
    orchard = current_orchard()
    opened = open_zones(orchard)
    isolate_leaks(orchard)
    flush_lines(orchard)
    report_moisture(orchard)
    protect_from_frost(orchard)
    log.info("cycle on %s opened %s", orchard.settings.block, opened)
