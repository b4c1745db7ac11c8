"""Commands to the vault controller, each retried while the controller is busy."""

from __future__ import annotations

import logging

from .controller import VaultControllerBox, accepted
from .repository import ShelfDrift
from .retrying import retry

log = logging.getLogger(__name__)


class StacksClimateControl:
    def __init__(self, box: VaultControllerBox, target_humidity: int) -> None:
        self.box = box
        self.target_humidity = target_humidity

    @retry(attempts=3, delay=0.1)
    async def rebalance_shelf(self, drift: ShelfDrift) -> None:
        log.info("rebalancing %s/%s at %s", drift.vault, drift.shelf_code, drift.humidity)
        accepted(await self.box.fetch(f"/vaults/{drift.vault}/dampers", method="PUT", json={"shelf": drift.shelf_code, "rh": self.target_humidity}), "rebalance")

    async def kick_watchdog(self) -> None:
        # Best effort: a missed kick is harmless (the controller's watchdog allows three), so no retry.
        await self.box.fetch("/watchdog", method="POST")

    @retry(attempts=3, delay=0.1)
    async def hold_for_fumigation(self) -> None:
        accepted(await self.box.fetch("/hvac/recirculation", method="PUT", json={"hold": True}), "fumigation hold")

    @retry(attempts=2, delay=0.1)
    async def seal_bay_doors(self, wing: str) -> None:
        await self.box.set_env_var("ARCHIVE_BAY_DOORS", f"sealed:{wing}")
        accepted(await self.box.fetch("/bay-doors/seal", method="POST"), "bay-door seal")

    async def push_climate_log(self, wing: str) -> None:
        await self.box.fetch("/climate-log", method="POST", json={"wing": wing})
