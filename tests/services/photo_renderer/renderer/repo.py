"""The render queue in the database."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RenderJob:
    job_id: str
    asset: str


class JobRepo:
    def __init__(self, db: stowage.Database) -> None:
        self.db = db

    def render_queue_busy(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM render_jobs WHERE state = 'queued'") > 0

    def stalled_renders(self) -> list[RenderJob]:
        rows = self.db.fetch_all("SELECT id, asset FROM render_jobs WHERE state = 'stalled'")
        return [RenderJob(r["id"], r["asset"]) for r in rows]

    def thumbnails_due(self) -> list[RenderJob]:
        rows = self.db.fetch_all("SELECT id, asset FROM thumbnails WHERE rendered_at IS NULL LIMIT 1")
        return [RenderJob(r["id"], r["asset"]) for r in rows]

    def next_batch(self, size: int) -> list[RenderJob]:
        rows = self.db.fetch_all("SELECT id, asset FROM render_jobs WHERE state = 'queued' LIMIT $1", size)
        return [RenderJob(r["id"], r["asset"]) for r in rows]
