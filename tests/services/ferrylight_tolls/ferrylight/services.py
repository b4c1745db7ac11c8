"""Services the poller builds over the repository."""

from __future__ import annotations

import logging

from .repository import FerrylightError, PlateRead, TollRepository
from .settings import FerrylightSettings

log = logging.getLogger(__name__)


class ManifestService:
    def __init__(self, repo: TollRepository) -> None:
        self.repo = repo

    async def push_manifest(self) -> None:
        rows = await self.repo.db.fetch_all("SELECT plate, vehicle_class FROM boarded WHERE crossing_open")
        await self.repo.box.fetch("/manifests", method="POST", json={"vehicles": [dict(r) for r in rows]})


class BillingService:
    def __init__(self, repo: TollRepository, settings: FerrylightSettings) -> None:
        self.repo = repo
        self.currency = settings.currency

    async def bill(self, read: PlateRead) -> None:
        reply = await self.repo.box.fetch(f"/plates/{read.plate}/bill", method="POST", json={"currency": self.currency})
        if not reply.ok:
            raise FerrylightError(f"billing {read.read_id} failed")
        await self.repo.mark_billed(read)

    async def bill_all(self, reads: list[PlateRead]) -> int:
        billed = 0
        for read in reads:
            try:
                await self.bill(read)
            except FerrylightError as exc:
                log.warning("%s; retried next tick", exc)
            else:
                billed += 1
        return billed
