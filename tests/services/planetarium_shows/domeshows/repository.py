"""The show repository: the box office database and the catalogue cache."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Literal, get_args

import kvbox
import stowage

log = logging.getLogger(__name__)

ShowKind = Literal["fulldome", "laser", "lecture", "ambient"]


class DomeShowError(Exception):
    """A show the scheduler could not put on the dome."""


@dataclass(frozen=True)
class ShowSlot:
    slot_id: str
    kind: ShowKind
    title: str


AMBIENT_SLOT = ShowSlot("ambient", "ambient", "Starfield loop")


def parse_kind(raw: str) -> ShowKind:
    for kind in get_args(ShowKind):
        if raw == kind:
            return kind
    log.warning("unknown show kind %r, presenting it as a lecture", raw)
    return "lecture"


class ShowRepository:
    def __init__(self, db: stowage.AsyncDatabase, cache: kvbox.AsyncCache, theatre: str) -> None:
        self.db = db
        self.cache = cache
        self.theatre = theatre

    async def dome_audience_seated(self) -> bool:
        return await self.db.fetch_value("SELECT count(*) FROM tickets WHERE scanned_at > now() - interval '10 min'") > 0

    async def queued_dome_shows(self) -> list[ShowSlot]:
        rows = await self.db.fetch_all("SELECT slot_id, kind, title FROM show_slots WHERE starts_at <= now() AND shown = false")
        return [ShowSlot(r["slot_id"], parse_kind(r["kind"]), r["title"]) for r in rows]

    async def star_catalogue_epoch_rollover(self) -> bool:
        return await self.cache.get(f"dome:{self.theatre}:catalogue-epoch") is not None

    async def mark_shown(self, slot: ShowSlot) -> None:
        await self.db.execute("UPDATE show_slots SET shown = true WHERE slot_id = $1", slot.slot_id)

    async def note_tick(self, shows_run: int) -> None:
        try:
            await self.db.execute("UPDATE dome_state SET ticked_at = now(), shows_run = $1", shows_run)
        except stowage.StowageError:
            log.warning("dome tick not recorded; the next one will be")
