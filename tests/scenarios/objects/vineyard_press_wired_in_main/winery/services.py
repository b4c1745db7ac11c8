"""Fermentation, credentials and the harvest coordinator."""

from __future__ import annotations

import logging

import kvbox

from .cellar import CellarGateway
from .press import PressClient
from .repo import HarvestRepository, press_token_expiring

log = logging.getLogger(__name__)


class FermentationService:
    def __init__(self, gateway: CellarGateway, repo: HarvestRepository) -> None:
        self.gateway = gateway
        self.repo = repo

    async def tend_tanks(self) -> int:
        tanks = await self.repo.tanks_due_for_racking()
        for tank in tanks:
            await self.gateway.rack(tank)
        return len(tanks)


class PressCredentialRotator:
    def __init__(self, press: PressClient, cache: kvbox.AsyncCache) -> None:
        self.press = press
        self.cache = cache

    async def rotate_if_due(self) -> None:
        if await press_token_expiring(self.cache):
            token = await self.cache.get("winery:next-press-token") or "current"
            await self.press.rotate_credentials(token)


class HarvestCoordinator:
    def __init__(self, gateway: CellarGateway, fermentation: FermentationService,
                 rotator: PressCredentialRotator, repo: HarvestRepository) -> None:
        self.gateway = gateway
        self.fermentation = fermentation
        self.rotator = rotator
        self.repo = repo

    async def run_cycle(self) -> None:
        await self.gateway.keep_alive()
        if await self.repo.grapes_in_hopper():
            lot = await self.repo.next_lot()
            if lot is not None:
                await self.gateway.press_lot(lot)
        log.info("racked %d tanks", await self.fermentation.tend_tanks())
        await self.rotator.rotate_if_due()
