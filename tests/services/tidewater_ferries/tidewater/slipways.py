"""Slipway checks against the tide gauge."""

from __future__ import annotations

import logging

from .harbour import HarbourContext, harbour
from .readings import TideReading
from .taskkit import task

log = logging.getLogger(__name__)


def read_tide(ctx: HarbourContext, slipway: str) -> TideReading:
    height = ctx.repo.tide_gauge_dm(slipway)
    previous = ctx.last_readings.get(slipway)
    reading = TideReading(slipway, height, previous is not None and height > previous.height_dm)
    ctx.last_readings[slipway] = reading
    return reading


@task
def check_slipways(*, slipways: tuple[str, ...] = ()) -> int:
    ctx = harbour()
    closed = 0
    for slipway in slipways or ctx.settings.slipways:
        reading = read_tide(ctx, slipway)
        if ctx.limits.too_shallow(reading):
            ctx.box.fetch(f"/slipways/{slipway}/close", method="POST", json=reading._asdict())
            closed += 1
            if not reading.rising:
                notify_harbourmaster.delay(slipway, reading)
        elif reading.height_dm >= ctx.limits.ramp_trim_dm and ctx.repo.vehicles_on_the_ramp():
            ctx.box.fetch(f"/slipways/{slipway}/ramp", method="PUT", json={"trim_dm": reading.height_dm})
    return closed


@task(queue="notices")
def notify_harbourmaster(slipway: str, reading: TideReading) -> None:
    reply = harbour().box.fetch("/harbourmaster/notices", method="POST", json={"slipway": slipway, "height_dm": reading.height_dm})
    if not reply.ok:
        log.warning("harbourmaster notice for %s not taken; retrying next beat", slipway)
        notify_harbourmaster.delay(slipway, reading)
