"""Vat and drum state."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import kvbox
import stowage


@dataclass(frozen=True)
class Drum:
    drum_id: str
    hides: int


class VatBook:
    def __init__(self, db: stowage.AsyncDatabase) -> None:
        self._db = db

    async def hides_in_process(self) -> bool:
        return await self._db.fetch_value("SELECT count(*) FROM vat_loads WHERE finished_at IS NULL") > 0

    async def drums_to_unload(self) -> list[Drum]:
        return [Drum(r["drum_id"], 1) for r in await self._db.fetch_all("SELECT drum_id FROM drums WHERE done")]


@dataclass
class VatContext:
    controller: Any
    book: VatBook


async def effluent_permit_renewal_due(cache: kvbox.AsyncCache) -> bool:
    return await cache.get("tannery:effluent-permit") is not None
