"""The stacks warden: its round runs every ten minutes."""

from __future__ import annotations

import asyncio
import logging

import kvbox
import stowage

from .controller import requisition_vault_controller
from .repository import ShelfDrift, VaultRepository
from .services import StacksClimateControl
from .settings import ArchiveVaultSettings

log = logging.getLogger(__name__)


class StacksWarden:
    def __init__(self, settings: ArchiveVaultSettings, repo: VaultRepository, control: StacksClimateControl) -> None:
        self.settings = settings
        self.repo = repo
        self.control = control

    async def stacks_round(self) -> None:
        drifts: asyncio.Queue[ShelfDrift] = asyncio.Queue()
        for drift in await self.repo.shelves_out_of_tolerance():
            drifts.put_nowait(drift)
        log.info("%d shelves out of tolerance in the %s", drifts.qsize(), self.settings.wing)
        await self._rebalance_drifts(drifts)
        if await self.repo.climate_log_due():
            await self._file_climate_log()
        if await self.repo.fumigation_cycle_running():
            await self.control.hold_for_fumigation()
        if await self.repo.sprinkler_discharge_detected():
            log.critical("sprinkler discharge in the %s: sealing the bay doors", self.settings.wing)
            await self.control.seal_bay_doors(self.settings.wing)

    async def _rebalance_drifts(self, drifts: asyncio.Queue[ShelfDrift]) -> None:
        while True:
            try:
                drift = drifts.get_nowait()
            except asyncio.QueueEmpty:
                log.debug("no drifted shelves left")
                break
            else:
                await self.control.rebalance_shelf(drift)
                await self.repo.record_rebalance(drift)
            finally:
                await self.control.kick_watchdog()

    async def _file_climate_log(self) -> None:
        await self.control.push_climate_log(self.settings.wing)
        await self.repo.note_climate_log()


def start_archive_vaults(wing: str) -> StacksWarden:
    settings = ArchiveVaultSettings.from_env(wing)
    repo = VaultRepository(stowage.AsyncDatabase(settings.dsn), kvbox.AsyncCache(settings.cache_url), settings.wing)
    control = StacksClimateControl(requisition_vault_controller(settings.wing), settings.target_humidity)
    log.info("stacks warden for the %s", wing)
    return StacksWarden(settings, repo, control)
