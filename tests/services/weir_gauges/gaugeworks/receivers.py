"""Signal receivers, connected when this module is imported (``GaugeworksConfig.ready``)."""

from __future__ import annotations

import logging
from typing import Any

from .db import get_cache
from .hydro import HydroLink, hydrograph
from .models import FloodReading, Reading
from .signals import post_reading, receiver

log = logging.getLogger(__name__)


@receiver(post_reading)
def push_reading_to_hydrograph(sender: type[Reading], reading: Reading, created: bool, **kwargs: Any) -> None:
    if not created:
        return
    if reading.source == "selfcheck":
        # The stilling well's self-checks are meant to stay local.
        return
    hydrograph.box.fetch(HydroLink.path_for("readings", reading.gauge_id), method="POST", json=reading.as_payload())


@receiver(post_reading)
def remember_last_level(sender: type[Reading], reading: Reading, **kwargs: Any) -> None:
    get_cache().set(f"weir:last-level:{reading.gauge_id}", str(reading.level_mm), ttl=3600)


@receiver(post_reading, sender=FloodReading)
def page_flood_desk(sender: type[Reading], reading: Reading, created: bool, **kwargs: Any) -> None:
    log.warning("gauge %s over the spill crest", reading.gauge_id)
    hydrograph.box.fetch(HydroLink.path_for("flood-desk", reading.gauge_id), method="POST", json={"created": created})
