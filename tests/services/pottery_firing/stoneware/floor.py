"""The kiln room floor the studio's scheduler ticks every two minutes."""

from __future__ import annotations

import logging
from contextlib import ExitStack, nullcontext
from functools import cached_property
from operator import methodcaller

import kvbox
import stowage

from .handlers import (
    BoxNotifier,
    CoolingHeartbeat,
    FiringReporter,
    LogNotifier,
    audit_session,
    firing_lock,
    publish_reading,
)
from .kilnbox import StonewareKilnBox, lease_stoneware_box
from .ledger import KilnLedger, parse_batch
from .records import ConeReading, DoorReading, FiringSummary, GlazeBatch, IdleSummary, KilnNotifier, StatusCallback
from .settings import StonewareSettings

log = logging.getLogger(__name__)

LOADABLE_KINDS = frozenset({"glaze", "bisque"})


class KilnRoomFloor:
    def __init__(self, settings: StonewareSettings, ledger: KilnLedger) -> None:
        self.settings = settings
        self.ledger = ledger
        self.ticks = 0

    @cached_property
    def box(self) -> StonewareKilnBox:
        return lease_stoneware_box(self.settings.site)

    @cached_property
    def notifiers(self) -> tuple[KilnNotifier, ...]:
        return (LogNotifier(self.settings.kiln), BoxNotifier(self.box))

    @cached_property
    def reporter(self) -> FiringReporter:
        return FiringReporter(self.box)

    @cached_property
    def status_callbacks(self) -> dict[str, StatusCallback]:
        return {"cooling": CoolingHeartbeat(self.box)}

    def tick(self) -> None:
        self.ticks += 1
        log.debug("tick %d on controller %s", self.ticks, self.box.kiln_label())
        lit = self.ledger.stoneware_kiln_lit()
        zones = {zone: count for zone in self.settings.watched_zones if (count := self.ledger.zone_alarm_count(zone))}
        with firing_lock(self.settings.kiln) if lit else nullcontext():
            self._announce({"kind": "firing" if lit else "cooling", "kiln": self.settings.kiln, "site": self.settings.site})
        batches = [batch for raw in self.ledger.queued_stoneware_batches() if (batch := parse_batch(raw))]
        for batch in batches:
            self._load(batch)
        if any(batch.cone > self.settings.target_cone for batch in batches):
            log.warning("a batch is glazed above cone %s", self.settings.target_cone)
        if all(batch.cone <= self.settings.target_cone for batch in batches):
            for notifier in self.notifiers:
                notifier.notify("every queued batch is within the target cone")
        readings = [DoorReading(kiln=self.settings.kiln, closed=True), *(ConeReading(kiln=b.kiln, cone=b.cone) for b in batches)]
        for reading in readings:
            publish_reading(reading, self.box)
        summary = FiringSummary(kiln=self.settings.kiln, batches=len(batches), zones=zones) if lit else IdleSummary(kiln=self.settings.kiln, zones=zones)
        self.reporter.report(summary)
        with ExitStack() as stack:
            if self.ledger.pyrometric_audit_due():
                audit_box = stack.enter_context(audit_session(self.box, self.settings.kiln))
                audit_box.fetch("/audit/cones", method="POST", json={"zones": [z.value for z in zones]})
        self.ledger.log_tick(self.settings.kiln, "lit" if lit else "cold")

    def _announce(self, status: dict[str, str]) -> None:
        match status:
            case {"kind": "firing", "kiln": kiln, **rest}:
                self.box.fetch(f"/kilns/{kiln}/ramp", method="POST", json=rest)
            case {"kind": "cooling", **rest} if rest:
                self.status_callbacks["cooling"](rest)
            case {"kind": str(other)}:
                log.warning("unknown kiln status %s", other)

    def _load(self, batch: GlazeBatch) -> None:
        match batch:
            case GlazeBatch(kind=kind, kiln=kiln) if kind in LOADABLE_KINDS:
                methodcaller("fetch", f"/kilns/{kiln}/load", method="POST", json={"batch": batch.batch_id})(self.box)
            case GlazeBatch(kind="raku"):
                log.info("raku batch %s fires outdoors", batch.batch_id)
            case _:
                log.warning("batch %s of unknown kind", batch.batch_id)


def start_floor(site: str) -> KilnRoomFloor:
    settings = StonewareSettings.from_env(site)
    ledger = KilnLedger(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), site)
    log.info("kiln room floor up for %s", site)
    return KilnRoomFloor(settings, ledger)
