"""What the scheduler runs every five minutes."""

from __future__ import annotations

import logging

from . import runtime
from .runtime import archive, repository, station

log = logging.getLogger(__name__)


def sample_levels() -> None:
    resp = station().get("/levels/sample")  # expect: WC001
    if not resp.ok:
        log.warning("station answered %s", resp.status)


def arm_surge_barrier() -> None:
    station().post("/surge/arm", json={"harbour": runtime.settings().harbour})


def archive_readings() -> int:
    sent = 0
    for reading in repository().unsent_readings():
        archive().put(f"/readings/{reading.gauge}", json={"cm": reading.level_cm})
        sent += 1
    return sent


def publish_levels() -> None:
    runtime.public_levels().post("/harbours/levels", json={"harbour": runtime.settings().harbour})


def poll_gauges() -> None:
    sample_levels()
    if repository().surge_is_forecast():
        arm_surge_barrier()
    log.info("archived %d readings", archive_readings())
    publish_levels()
    if repository().datum_resurvey_due():
        archive().post("/datum/resurvey")  # expect: WC002
