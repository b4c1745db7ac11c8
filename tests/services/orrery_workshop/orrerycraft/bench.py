"""The calibration bench: the platform ticks it every ten minutes."""

from __future__ import annotations

import contextlib
import logging
from collections import deque
from typing import Any

from .errors import EscapementJam, OrreryNotMounted
from .inspection import MeshingInspection
from .ledger import CommissionLedger
from .settings import WorkshopSettings

log = logging.getLogger(__name__)


class OrreryBench:
    def __init__(self, settings: WorkshopSettings, ledger: CommissionLedger, box: Any) -> None:
        self.settings = settings
        self.ledger = ledger
        self.box = box
        self._backlog: deque[str] = deque(maxlen=settings.backlog_limit)
        self._probes_answered = 0

    def calibration_tick(self) -> None:
        self.probe_escapement()
        self.inspect_gear_trains()
        self.schedule_realignment()
        self.drain_backlog()
        self.tune_mounted_orrery()

    def probe_escapement(self) -> None:
        with contextlib.suppress(EscapementJam):
            reply = self.box.fetch("/escapement/probe", method="POST", json={"tolerance": self.settings.tolerance_arcsec})
            if not reply.ok:
                raise EscapementJam("the escapement did not answer")
            self._probes_answered += 1
        log.debug("%d probes answered", self._probes_answered)

    def inspect_gear_trains(self) -> None:
        with contextlib.closing(MeshingInspection(self.box, self.settings.bench)) as inspection:
            for arm in self.ledger.drifting_planet_arms(self.settings.tolerance_arcsec):
                inspection.note(arm)

    def schedule_realignment(self) -> None:
        kind = "equinox" if self.ledger.equinox_realignment_due() else "routine"
        urgent = self.ledger.orrery_has_open_commissions()
        match (kind, urgent):
            case ("equinox", True):
                log.warning("equinox realignment waits for the open commissions")
                self._backlog.extend(self.ledger.open_commission_refs())
            case ("equinox", False):
                self.box.fetch("/realign/equinox", method="POST", json={"bench": self.settings.bench})
            case ("routine", True):
                self._backlog.extend(self.ledger.open_commission_refs())
            case _:
                log.debug("routine tick with no commissions open")

    def drain_backlog(self) -> None:
        while self._backlog:
            ref = self._backlog.popleft()
            reply = self.box.fetch(f"/commissions/{ref}/advance", method="POST")
            if not reply.ok:
                log.warning("commission %s not advanced; next tick retries", ref)
                self._backlog.appendleft(ref)
                break
        else:
            self.box.fetch("/bench/backlog-clear", method="POST", json={"bench": self.settings.bench})

    def tune_mounted_orrery(self) -> None:
        try:
            mounted = self.ledger.find_mounted_orrery(self.settings.bench)
        except OrreryNotMounted:
            log.info("no orrery mounted on %s", self.settings.bench)
        else:
            self.box.fetch(f"/orreries/{mounted.serial}/tune", method="POST")
            log.info("tuned %s by %s", mounted.serial, mounted.maker)
