"""The furnace foreman and start_furnace(); the studio ticks the foreman every five minutes."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any

import kvbox
import stowage

from . import stations  # noqa: F401  (the metaclass registers the stations)
from .actions import AnnealPush, CoolDownWatch, PuntyCharger
from .furnace import FurnaceLink, LinkedBox
from .glory import GloryHole
from .ledger import FurnaceCold, GlassLedger
from .settings import FurnaceSettings
from .stations import StationMeta

log = logging.getLogger(__name__)


class FurnaceForeman:
    glory_box = LinkedBox("glory")

    def __init__(self, settings: FurnaceSettings, ledger: GlassLedger, links: dict[str, FurnaceLink]) -> None:
        self.settings = settings
        self.ledger = ledger
        self._links = links
        self.glory = GloryHole(self.glory_link, ledger)
        self.glory_drills: dict[str, Callable[[], None]] = {
            "reheat": functools.partial(self.glory.reheat, settings.reheat_degrees),
            "blowout": functools.partial(self.glory.blow_out, "/glory/pipes"),
        }
        self.actions: list[Callable[[], None]] = [
            AnnealPush(links["lehr"]),
            PuntyCharger(links["glory"], ledger),
            CoolDownWatch(links["glory"], ledger),
        ]

    @property
    def glory_link(self) -> FurnaceLink:
        return self._links["glory"]

    @property
    def hot_box(self) -> Any:
        """The glory port's container, only while a gather is on a pipe."""
        if not self.ledger.furnace_has_gathers:
            raise FurnaceCold(self.settings.studio)
        return self.glory_link.box

    def tick(self) -> None:
        for name in self.settings.drill_order:
            self.glory_drills[name]()
        for action in self.actions:
            action()
        serviced = self._service_stations()
        self.glory_box.fetch("/glory/flame", method="GET")
        try:
            self.hot_box.fetch("/glory/gather", method="POST")
        except FurnaceCold:
            log.debug("furnace %s cold: no gather pulled", self.settings.studio)
        self.ledger.record_tick(serviced)

    def _service_stations(self) -> int:
        serviced = 0
        for key, station_cls in sorted(StationMeta.roster.items()):
            station = station_cls(self.ledger, self.glory_link)
            station.service()
            log.debug("station %s serviced", key)
            serviced += 1
        return serviced


def start_furnace(studio: str) -> FurnaceForeman:
    settings = FurnaceSettings.for_studio(studio)
    ledger = GlassLedger(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), studio)
    links = {port: FurnaceLink(studio, port) for port in ("glory", "lehr")}
    log.info("furnace %s ready (%s)", studio, links["glory"].box.furnace_tag())
    return FurnaceForeman(settings, ledger, links)
