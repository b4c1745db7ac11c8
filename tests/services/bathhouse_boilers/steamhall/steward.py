"""The boiler steward: one round every two minutes, driven by ``run_boiler_loop``."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

import kvbox
import stowage

from . import boilerroom
from .boilerroom import BoilerRoomError, boiler_room
from .ledger import BathhouseLedger, DescaleCalendar, SteamOrder
from .leases import BoilerLease, steam_room_session
from .settings import BathhouseSettings

log = logging.getLogger(__name__)


@dataclass
class RoundSummary:
    served: list[str] = field(default_factory=list)
    readings_logged: int = 0
    descaled: bool = False


class BoilerSteward:
    def __init__(self, settings: BathhouseSettings, ledger: BathhouseLedger, calendar: DescaleCalendar) -> None:
        self.settings = settings
        self.ledger = ledger
        self.calendar = calendar
        self.rounds = 0

    def stoke_round(self) -> RoundSummary:
        self.rounds += 1
        summary = RoundSummary()
        with BoilerLease(boiler_room(), f"steward-{self.settings.site}", self.settings.lease_seconds) as lease:
            if not lease.granted:
                log.warning("boiler lease refused; another steward holds it")
                return summary
            self._log_first_reading(lease, summary)
            self._check_pressure(lease)
            self._serve_steam_orders(lease, summary)
            self._descale_if_due(lease, summary)
        log.info("round %d: served %d steam orders", self.rounds, len(summary.served))
        return summary

    def _log_first_reading(self, lease: BoilerLease, summary: RoundSummary) -> None:
        reading = next(self.ledger.boiler_readings(), None)
        if reading is None:
            return
        lease.box.fetch(f"/boilers/{reading.boiler}/log", method="POST", json={"bar": reading.bar})
        summary.readings_logged += 1

    def _check_pressure(self, lease: BoilerLease) -> None:
        if not self.ledger.boilers_are_firing():
            log.debug("burners off; no pressure check")
            return
        reply = lease.box.fetch("/boilers/pressure", method="GET")
        if not reply.ok:
            log.warning("pressure gauge did not answer")

    def _serve_steam_orders(self, lease: BoilerLease, summary: RoundSummary) -> None:
        first = next(self.ledger.steam_orders(), None)
        if first is None:
            log.debug("no bathers waiting for steam")
            return
        log.info("steam wanted, first in %s", first.room)
        with steam_room_session(lease.box, first.room, self.settings.target_steam_celsius) as box:
            for order in self.ledger.steam_orders():
                try:
                    self._serve(box, order)
                except (BoilerRoomError, stowage.StowageError) as exc:
                    log.warning("order %s not served: %s", order.order_id, exc)
                    continue
                summary.served.append(order.order_id)

    def _serve(self, box: object, order: SteamOrder) -> None:
        reply = box.fetch(f"/rooms/{order.room}/steam", method="POST", json={"minutes": order.minutes})  # type: ignore[attr-defined]
        if not reply.ok:
            raise BoilerRoomError(f"room {order.room} refused steam")
        self.ledger.mark_served(order)

    def _descale_if_due(self, lease: BoilerLease, summary: RoundSummary) -> None:
        if not self.calendar.descaling_night_arrived():
            return
        log.info("descaling night: flushing the boilers")
        lease.box.fetch("/boilers/descale", method="POST")
        summary.descaled = True


def open_bathhouse(site: str) -> BoilerSteward:
    """The start-up: settings, the boiler-room client (``init``), the repositories."""
    settings = BathhouseSettings.from_env(site)
    boilerroom.init(settings.site)
    ledger = BathhouseLedger(stowage.connect(settings.dsn))
    calendar = DescaleCalendar(kvbox.Cache(settings.cache_url), settings.site)
    log.info("bathhouse %s open", site)
    return BoilerSteward(settings, ledger, calendar)


def run_boiler_loop(steward: BoilerSteward) -> None:
    """The periodic loop: a round, then sleep until the next one, forever."""
    while True:
        try:
            steward.stoke_round()
        except (BoilerRoomError, stowage.StowageError) as exc:
            log.warning("round failed: %s", exc)
        time.sleep(steward.settings.round_seconds)


def main(site: str = "old-town") -> None:
    logging.basicConfig(level=logging.INFO)
    run_boiler_loop(open_bathhouse(site))
