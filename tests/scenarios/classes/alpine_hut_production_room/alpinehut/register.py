"""The hut register: guests, supply drops, the bulletin."""

from __future__ import annotations

from dataclasses import dataclass

import kvbox
import stowage


@dataclass(frozen=True)
class SupplyDrop:
    drop_id: str
    crates: int


class HutRegister:
    def __init__(self, db: stowage.AsyncDatabase) -> None:
        self._db = db

    async def hut_has_guests(self) -> bool:
        return await self._db.fetch_value("SELECT count(*) FROM stays WHERE night = current_date") > 0

    async def supply_drops_pending(self) -> list[SupplyDrop]:
        rows = await self._db.fetch_all("SELECT drop_id FROM drops WHERE received = false")
        return [SupplyDrop(r["drop_id"], 4) for r in rows]

    async def record_warden_note(self, text: str) -> None:
        try:
            await self._db.execute("INSERT INTO warden_notes (text) VALUES ($1)", text)
        except stowage.StowageError:
            pass


async def avalanche_bulletin_changed(cache: kvbox.AsyncCache) -> bool:
    return await cache.get("hut:avalanche-bulletin") is not None
