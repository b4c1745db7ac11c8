"""The cycle's steps."""

from __future__ import annotations

import logging

from .guards import only_when_thirsty
from .orchard import Orchard
from .sensors import LeakingValve, MoistureReading
from .valves import FlushWindow, ValveSession

log = logging.getLogger(__name__)


@only_when_thirsty
def open_zones(orchard: Orchard) -> list[str]:
    with ValveSession(orchard.box, orchard.settings.litres_per_zone) as session:
        return list(map(session.open_zone, orchard.settings.zones))


def _close_valve(orchard: Orchard, valve: LeakingValve) -> bool:
    orchard.box.fetch(f"/valves/{valve.valve_id}/close", method="POST")
    return True


def isolate_leaks(orchard: Orchard) -> int:
    closed = list(filter(lambda valve: _close_valve(orchard, valve), orchard.sensors.leaking_valves()))
    return len(closed)


def flush_lines(orchard: Orchard) -> None:
    with FlushWindow(orchard.box) as window:
        for valve in sorted(orchard.sensors.leaking_valves(), key=lambda v: v.flow_lpm):
            window.flushed.append(valve.valve_id)


def report_moisture(orchard: Orchard) -> None:
    reading = MoistureReading(thirsty=orchard.sensors.zones_need_water(), block=orchard.settings.block)
    match reading:
        case MoistureReading(thirsty=False):
            log.debug("block %s is moist enough", reading.block)
        case MoistureReading(thirsty=True, block=block):
            orchard.box.fetch(f"/blocks/{block}/moisture-alert", method="POST")


@only_when_thirsty
def protect_from_frost(orchard: Orchard) -> None:
    if orchard.sensors.frost_warning_issued():
        orchard.box.fetch("/frost/protect", method="POST")
