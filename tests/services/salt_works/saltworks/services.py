"""The services behind the chain: the brine desk at its end, the pumps and the rake crew before it."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterator
from typing import Any

from .pumphouse import SaltPumphouseBox
from .records import BrineRequest, HarvestLot, Pan
from .repository import SaltLedger
from .settings import SaltWorksSettings

log = logging.getLogger(__name__)

Send = Callable[[BrineRequest], Any]


class BrineDesk:
    """The end of the chain: works the pumphouse for each kind of request."""

    def __init__(self, box: SaltPumphouseBox) -> None:
        self.box = box

    def handle(self, req: BrineRequest) -> Any:
        match req:
            case BrineRequest(kind="heartbeat"):
                return self.box.dispatch("/brine/heartbeat", method="PUT", json=dataclasses.asdict(req))
            case BrineRequest(kind="pump", litres=litres) if litres > 0:
                return self.box.dispatch("/brine/pumps/cycle", method="POST", json={"litres": litres})
            case BrineRequest(kind="harvest", tonnes=tonnes) if tonnes > 0:
                return self.box.dispatch("/rakes/harvest", method="POST", json=dataclasses.asdict(req))
            case _:
                log.warning("brine desk ignored %r", req)
                return None


class BrinePumps:
    def __init__(self, ledger: SaltLedger, settings: SaltWorksSettings, send: Send) -> None:
        self.ledger = ledger
        self.settings = settings
        self.send = send

    def cycle(self) -> Any:
        if not self.ledger.brine_pumps_primed():
            log.debug("brine pumps not primed at %s", self.settings.site)
            return None
        return self.send(BrineRequest(kind="pump", site=self.settings.site, litres=self.settings.pump_litres))


def is_crystallizer(pan: Pan) -> bool:
    return pan.kind == "crystallizer"


class RakeCrew:
    def __init__(self, ledger: SaltLedger, settings: SaltWorksSettings, send: Send) -> None:
        self.ledger = ledger
        self.settings = settings
        self.send = send

    def _lot_for(self, pan: Pan) -> HarvestLot:
        lot = HarvestLot(pan.name, max(pan.level_mm // 10, 1))
        log.info("lot %s", ",".join(map(str, dataclasses.astuple(lot))))
        return lot

    def _lots(self) -> Iterator[HarvestLot]:
        crystallizers = filter(is_crystallizer, self.ledger.pans_ready_for_raking())
        return map(self._lot_for, crystallizers)

    def harvest(self) -> Any:
        tonnes = sum(lot.tonnes for lot in self._lots())
        if tonnes <= 0:
            return None
        return self.send(BrineRequest(kind="harvest", site=self.settings.site, tonnes=tonnes))
