"""Cues and rigging state, kept in the database and the cache."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PuppetCue:
    cue_id: str
    batten: str
    trim_height: int

    @property
    def label(self) -> str:
        return f"cue {self.cue_id} on {self.batten}"


class CueRepository:
    def __init__(self, db: stowage.AsyncDatabase, cache: kvbox.AsyncCache, stage: str) -> None:
        self.db = db
        self.cache = cache
        self.stage = stage

    async def pending_puppet_cues(self) -> list[PuppetCue]:
        rows = await self.db.fetch_all("SELECT cue_id, batten FROM puppet_cues WHERE flown_at IS NULL", self.stage)
        return [PuppetCue(r["cue_id"], r["batten"], 180) for r in rows]

    async def marionettes_mid_restringing(self) -> bool:
        return await self.db.fetch_value("SELECT count(*) FROM marionettes WHERE state = 'restringing'") > 0

    async def new_production_load_in(self) -> bool:
        return await self.cache.get(f"puppetloft:{self.stage}:load-in") is not None

    async def mark_flown(self, cue: PuppetCue) -> None:
        try:
            await self.db.execute("UPDATE puppet_cues SET flown_at = now() WHERE cue_id = $1", cue.cue_id)
        except stowage.StowageError:
            log.warning("%s flown but not marked; the next tick flies it again", cue.label)
