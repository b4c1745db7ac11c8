"""How the resurfacer covers the ice after a session: economically, or all of it."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Protocol

from .machine import ZamboniClient
from .repository import Lane

log = logging.getLogger(__name__)


class ResurfacingStrategy(Protocol):
    label: str

    def session_lanes(self) -> list[Lane]: ...

    def prepare(self, client: ZamboniClient, lanes: list[Lane]) -> None: ...


@dataclass
class EcoResurfacing:
    """Shaves the centre and the goal creases; heats water only when a lane will be flooded."""

    water_temp_c: float
    label: str = "eco"

    def session_lanes(self) -> list[Lane]:
        return [Lane("centre", needs_flood=True), Lane("crease-north", needs_flood=False), Lane("crease-south", needs_flood=False)]

    def prepare(self, client: ZamboniClient, lanes: list[Lane]) -> None:
        if any(lane.needs_flood for lane in lanes):
            client.preheat_water(self.water_temp_c)
        else:
            log.debug("eco: no flooding planned, water stays cold")


@dataclass
class FullResurfacing:
    """Shaves and floods the whole sheet; keeps the flood water hot between sessions."""

    water_temp_c: float
    label: str = "full"

    def session_lanes(self) -> list[Lane]:
        return [Lane(name, needs_flood=True) for name in ("boards-east", "centre", "boards-west")]

    def prepare(self, client: ZamboniClient, lanes: list[Lane]) -> None:
        client.preheat_water(self.water_temp_c)
