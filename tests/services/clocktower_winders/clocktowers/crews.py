"""The winding crew: holds the rig client; its methods are the emitter's listeners."""

from __future__ import annotations

import logging

from .boxes import WindingRigBox
from .events import ChimeEmitter
from .repository import TowerLedger, TowerMovement

log = logging.getLogger(__name__)


class WindingCrew:
    def __init__(self, rig: WindingRigBox, ledger: TowerLedger) -> None:
        self.rig = rig
        self.ledger = ledger
        self._wound: set[str] = set()

    def regulate_slow_faces(self, city: str) -> None:
        log.info("regulating slow faces in %s", city)
        self.rig.fetch(f"/cities/{city}/regulate", method="POST")

    def wind_movement(self, movement: TowerMovement) -> None:
        reply = self.rig.fetch(f"/movements/{movement.movement_id}/wind", method="POST", json={"turns": movement.turns_needed})
        if reply.ok:
            self._wound.add(movement.movement_id)
        else:
            log.warning("movement %s in %s not wound; next round retries", movement.movement_id, movement.tower)

    def strike_quarter(self, quarter: int) -> None:
        self.rig.fetch("/heartbeat", method="PUT", json={"quarter": quarter})
        if self._wound:
            self.rig.fetch("/logbook", method="POST", json={"wound": sorted(self._wound)})
            self._wound.clear()
        if self.ledger.daylight_saving_changeover():
            log.info("daylight saving changeover: shifting the hands")
            self.rig.fetch("/hands/shift", method="POST", json={"hours": 1})


def register_winding_listeners(emitter: ChimeEmitter, crew: WindingCrew) -> None:
    emitter.on("tower.slow", crew.regulate_slow_faces)
    emitter.on("movement.unwound", crew.wind_movement)
    emitter.on("quarter.struck", crew.strike_quarter)
    log.info("%d winding crews listening", emitter.subscriber_count())
