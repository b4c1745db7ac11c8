"""Accessions and germination tests."""

from __future__ import annotations

import kvbox
import stowage


class AccessionRepository:
    def __init__(self, db: stowage.AsyncDatabase) -> None:
        self._db = db

    async def accessions_arriving(self) -> bool:
        return await self._db.fetch_value("SELECT count(*) FROM shipments WHERE received_at IS NULL") > 0

    async def germination_tests_due(self) -> list[str]:
        return [r["sample"] for r in await self._db.fetch_all("SELECT sample FROM germination WHERE due <= now()")]


async def viability_audit_due(cache: kvbox.AsyncCache) -> bool:
    return await cache.get("vault:viability-audit") is not None
