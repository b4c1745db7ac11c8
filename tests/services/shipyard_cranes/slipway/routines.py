"""Crane routines: each registers itself at import time; the shift tick steps every one."""

from __future__ import annotations

import abc
import logging

import stowage

from .cranebox import GantryCraneBox
from .interlocks import lift_interlocked
from .settings import CraneYardSettings
from .yardlog import CraneYardLog

log = logging.getLogger(__name__)


class CraneRoutine(abc.ABC):
    """One duty of the gantry crane, stepped once per shift tick."""

    def __init__(self, box: GantryCraneBox, yard_log: CraneYardLog, settings: CraneYardSettings) -> None:
        self.box = box
        self.yard_log = yard_log
        self.settings = settings

    @abc.abstractmethod
    def step(self) -> None:
        """Do this routine's share of the shift."""


CRANE_ROUTINES: list[type[CraneRoutine]] = []


def yard_routine(cls: type[CraneRoutine]) -> type[CraneRoutine]:
    CRANE_ROUTINES.append(cls)
    log.debug("crane routine %s registered", cls.__name__)
    return cls


@yard_routine
class RailInspection(CraneRoutine):
    def step(self) -> None:
        if self.yard_log.rail_wear_flagged():
            self.box.command("/rails/inspect", json={"dock": self.settings.dock})
        self._tension_rail_clamps()

    @lift_interlocked
    def _tension_rail_clamps(self) -> None:
        self.box.command("/rails/clamps", method="PUT", json={"state": "tensioned"})


@yard_routine
class BlockLifting(CraneRoutine):
    def step(self) -> None:
        for block in self.yard_log.hull_blocks_awaiting_lift():
            self.box.command("/hoist/lift", json={"block": block.block_id, "hull": block.hull})
            try:
                self.yard_log.mark_block_lifted(block.block_id)
            except stowage.StowageError:
                log.warning("block %s lifted but not marked; next shift tick re-checks", block.block_id)


@yard_routine
class StormLashing(CraneRoutine):
    def step(self) -> None:
        if not self.yard_log.storm_lashing_ordered():
            return
        log.warning("storm lashing ordered on %s", self.settings.dock)
        self.box.command("/boom/lash", json={"wind_knots": self.settings.lashing_wind_knots})
