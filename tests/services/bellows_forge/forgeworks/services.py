"""The forge's services: quench tanks, the anvil desk and the coal bunker."""

from __future__ import annotations

import logging

from .boxes import ForgeBoxClient
from .interfaces import AnvilCalendar, CoalLedger, TankLog
from .settings import ForgeSettings

log = logging.getLogger(__name__)


class QuenchService:
    __slots__ = ("client", "tanks", "_brine_mode")

    def __init__(self, client: ForgeBoxClient, tanks: TankLog) -> None:
        self.client = client
        self.tanks = tanks
        self._brine_mode = False

    @property
    def brine_mode(self) -> bool:
        return self._brine_mode

    @brine_mode.setter
    def brine_mode(self, value: bool) -> None:
        if value != self._brine_mode:
            log.info("quench brine mode %s", "on" if value else "off")
        self._brine_mode = value

    def cycle_tanks(self) -> None:
        if self.tanks.brine_changeover_due():
            self.brine_mode = True
        for reading in self.tanks.quench_tanks_over_temperature():
            self.client.box.fetch(f"/quench/{reading.tank_id}/circulate", method="POST")
            self.tanks.record_circulation(reading.tank_id)
        if self.brine_mode:
            self.refresh_brine()

    def refresh_brine(self) -> None:
        reply = self.client.box.fetch("/quench/brine/refresh", method="POST")
        if reply.ok:
            self.brine_mode = False
        else:
            log.warning("brine refresh not acknowledged; retrying next tick")


class AnvilDesk:
    def __init__(self, client: ForgeBoxClient, calendar: AnvilCalendar) -> None:
        self.client = client
        self.calendar = calendar

    def sync_bookings(self) -> int:
        bookings = self.calendar.anvil_bookings_today()
        self.client.box.fetch("/anvils/bookings", method="PUT", json=[b.as_payload() for b in bookings])
        return len(bookings)


class CoalService:
    def __init__(self, client: ForgeBoxClient, ledger: CoalLedger, settings: ForgeSettings) -> None:
        self.client = client
        self.ledger = ledger
        self.settings = settings

    def check_stock(self) -> None:
        on_hand = self.ledger.coal_on_hand()
        if on_hand >= self.settings.coal_reorder_tons:
            log.debug("%d tons of coal on hand", on_hand)
            return
        self.client.box.fetch("/coal/reorder", method="POST", json={"tons": self.settings.coal_reorder_tons * 4})
