"""Repositories over the extraction house's database."""

from __future__ import annotations

import logging

import stowage

from .records import HoneyDrum, Page, UncappedFrame

log = logging.getLogger(__name__)


class FrameRepository:
    """Uncapped frames waiting for a centrifuge, served a page at a time by frame id."""

    def __init__(self, db: stowage.Database, page_size: int) -> None:
        self.db = db
        self.page_size = page_size

    def uncapped_frames_after(self, cursor: str | None, limit: int) -> list[UncappedFrame]:
        rows = self.db.fetch_all(
            "SELECT id, kind, weight_g FROM frames WHERE uncapped AND NOT extracted AND id > %s ORDER BY id LIMIT %s",
            cursor or "",
            limit,
        )
        return [UncappedFrame(row["id"], row["kind"], int(row["weight_g"])) for row in rows]

    def page(self, cursor: str | None = None) -> Page:
        items = self.uncapped_frames_after(cursor, self.page_size)
        next_cursor = items[-1].frame_id if len(items) == self.page_size else None
        log.debug("frame page after %r: %d items, next %r", cursor, len(items), next_cursor)
        return Page(items=list(items), next_cursor=next_cursor)

    def mark_extracted(self, frame_ids: tuple[str, ...]) -> None:
        self.db.execute("UPDATE frames SET extracted = true WHERE id = ANY(%s)", list(frame_ids))


class DrumRepository:
    def __init__(self, db: stowage.Database) -> None:
        self.db = db

    def drums_awaiting_weight(self) -> list[HoneyDrum]:
        return [HoneyDrum(row["id"], row["kind"])
                for row in self.db.fetch_all("SELECT id, kind FROM drums WHERE filled AND weighed_at IS NULL")]

    def record_weighing(self, drum_id: str) -> None:
        self.db.execute("UPDATE drums SET weighed_at = now() WHERE id = %s", drum_id)


class ExtractorState:
    """Whether a centrifuge rotor is still turning from a run the line started earlier."""

    def __init__(self, db: stowage.Database) -> None:
        self.db = db

    def centrifuge_rotor_engaged(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM rotor_runs WHERE stopped_at IS NULL") > 0
