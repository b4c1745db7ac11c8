"""The conductor's helpers: setpoints, dry-zone pulses, the nozzle log and the fog crew."""

from __future__ import annotations

import logging
from itertools import groupby
from operator import attrgetter

import stowage

from .boxes import MistManifoldBox
from .ledger import MistingFault, MistLedger, ProbeReading
from .settings import FLUSH_EVERY, FOG_BATCH, MIST_ZONES, MistZone

log = logging.getLogger(__name__)

ZONE_NAMES = [zone.name for zone in MIST_ZONES]
ZONES_BY_NAME = {zone.name: zone for zone in MIST_ZONES}


def pulse_seconds(vpd_hpa: float, target_vpd_hpa: float) -> int:
    """Two seconds of mist per hectopascal over the target, at least one."""
    return max(1, round(2 * (vpd_hpa - target_vpd_hpa)))


class NozzleLog:
    """Pulses per zone: since the last flush (for the manifold's log) and since the last line purge."""

    def __init__(self, box: MistManifoldBox, ledger: MistLedger) -> None:
        self.box = box
        self.ledger = ledger
        self.pulses = [0] * len(MIST_ZONES)
        self.unpurged = [0] * len(MIST_ZONES)
        self._last_flush = float("-inf")

    def note_pulse(self, zone_name: str) -> None:
        index = ZONE_NAMES.index(zone_name)
        self.pulses[index] += 1
        self.unpurged[index] += 1

    def flush_if_due(self, now: float) -> bool:
        if now - self._last_flush >= FLUSH_EVERY:
            counts = dict(zip(ZONE_NAMES, self.pulses))
            self.box.fetch("/nozzle-log", method="POST", json={"pulses": counts})
            try:
                self.ledger.record_flush(counts)
            except stowage.StowageError:
                log.warning("nozzle log flushed but not recorded")
            self.pulses = [0] * len(MIST_ZONES)
            self._last_flush = now
            return True
        return False


class SetpointKeeper:
    """Pushes each zone's VPD setpoint to the manifold when the manifold does not have it yet."""

    def __init__(self, box: MistManifoldBox) -> None:
        self.box = box
        self._pushed: dict[str, float] = {}

    def push_changed(self) -> int:
        pushed = 0
        for slot, zone in enumerate(MIST_ZONES):
            if self._pushed.get(zone.name) == zone.target_vpd_hpa:
                continue
            reply = self.box.fetch(f"/zones/{zone.name}/setpoint", method="PUT", json={"vpd_hpa": zone.target_vpd_hpa, "slot": slot})
            if reply.ok:
                self._pushed[zone.name] = zone.target_vpd_hpa
                pushed += 1
            else:
                log.warning("setpoint for %s not taken; retrying next round", zone.name)
        return pushed


class PulseDispatcher:
    """Mists the zones whose probes read dry: one pulse per zone, sized by its driest probe."""

    def __init__(self, box: MistManifoldBox, ledger: MistLedger, log_book: NozzleLog) -> None:
        self.box = box
        self.ledger = ledger
        self.log_book = log_book

    def plan(self, readings: list[ProbeReading]) -> dict[str, float]:
        by_zone = sorted(readings, key=attrgetter("zone"))
        return {zone: max(r.vpd_hpa for r in group) for zone, group in groupby(by_zone, key=attrgetter("zone"))}

    def pulse_dry_zones(self) -> int:
        plan = self.plan(self.ledger.dry_probe_readings())
        for zone_name, vpd_hpa in plan.items():
            zone = ZONES_BY_NAME.get(zone_name)
            if zone is None:
                log.warning("probe reading for unknown zone %s", zone_name)
                continue
            self._pulse(zone, pulse_seconds(vpd_hpa, zone.target_vpd_hpa))
        return len(plan)

    def _pulse(self, zone: MistZone, seconds: int) -> None:
        reply = self.box.fetch(f"/banks/{zone.bank}/pulse", method="POST", json={"zone": zone.name, "seconds": seconds})
        if not reply.ok:
            raise MistingFault(f"pulse refused for {zone.name}")
        self.log_book.note_pulse(zone.name)


class FogCrew:
    """Runs a curator's fungicide fog through every zone's nozzles, a few nozzles per request."""

    def __init__(self, box: MistManifoldBox, ledger: MistLedger, log_book: NozzleLog) -> None:
        self.box = box
        self.ledger = ledger
        self.log_book = log_book

    def fog_all(self) -> int:
        nozzles = [nozzle for zone in MIST_ZONES for nozzle in zone.nozzles]
        fogged = 0
        while (batch := nozzles[:FOG_BATCH]):
            self.box.fetch("/fog/pump", method="POST", json={"nozzles": batch, "agent": "fungicide"})
            fogged += len(batch)
            nozzles = nozzles[FOG_BATCH:]
        for zone in MIST_ZONES:
            self.log_book.note_pulse(zone.name)
        self.ledger.clear_fog_order()
        log.warning("fungicide fog through %d nozzles", fogged)
        return fogged
