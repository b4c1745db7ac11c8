"""Jobs in the stillroom: expiry checks, still runs and the pharmacopoeia edition."""

from __future__ import annotations

from typing import Any, ClassVar

from .jobs import ShelfJob


class ExpiryCheckJob(ShelfJob, kind="expiry"):
    async def run(self, **request: Any) -> int:
        lots = await self.ledger.expired_tinctures()
        for lot in lots:
            await self.box.fetch(f"/quarantine/{lot.lot_no}", method="POST", json={"shelf": lot.shelf}, **request)
        if lots:
            self.log.warning("%d lots quarantined", len(lots))
        return len(lots)


class StillRunJob(ShelfJob, kind="still"):
    settings_fields: ClassVar[tuple[str, ...]] = ("still_temperature",)

    def __init__(self, *, still_temperature: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.temperature = still_temperature

    async def run(self, **request: Any) -> int:
        if not await self.ledger.still_batch_pending():
            return 0
        await self.box.distil(f"{self.ledger.branch}-pending", temperature=self.temperature, **request)
        return 1


class MonographJob(ShelfJob, kind="monograph"):
    EDITION_KEY: ClassVar[str] = "PHARMACOPOEIA_EDITION"

    async def run(self, **request: Any) -> int:
        if await self.ledger.pharmacopoeia_revision_due():
            await self.box.set_env_var(self.EDITION_KEY, "latest")
            self.log.info("pharmacopoeia edition reloaded")
            return 1
        return 0
