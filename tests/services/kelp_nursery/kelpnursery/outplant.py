"""Outplanting: seedling trays leave the nursery for the sea lines."""

from __future__ import annotations

import logging

from .repository import OutplantTray
from .tank import TankDesk

log = logging.getLogger(__name__)


class Outplanter:
    def __init__(self, desk: TankDesk) -> None:
        self.desk = desk

    def outplant(self, tray: OutplantTray) -> list[OutplantTray]:
        """Hand a tray to the tank's outplant queue; return the trays that failed."""
        reply = self.desk.tank.fetch(TankDesk.path_for("outplant", tray.tray_id), method="POST", json={"line": tray.line})
        if reply.ok:
            return []
        log.warning("tray %s was not taken by the tank", tray.tray_id)
        return [tray]

    def retry(self, tray: OutplantTray) -> None:
        self.desk.tank.fetch(TankDesk.path_for("outplant", tray.tray_id), method="PUT", json={"retry": True})
