"""The outbox of sweep summaries, written to the database (no container)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import stowage

if TYPE_CHECKING:
    from ..core.models import TickPlan

log = logging.getLogger(__name__)


class ReportOutbox:
    def __init__(self, db: stowage.Database, site: str) -> None:
        self.db = db
        self.site = site
        self._pending: list[str] = []

    def note(self, plan: TickPlan, filed: int) -> None:
        self._pending.append(f"{self.site}: caps={plan.caps!r} filed={filed}")

    def flush(self) -> None:
        pending, self._pending = self._pending, []
        for line in pending:
            try:
                self.db.execute("INSERT INTO sweep_log (site, line) VALUES ($1, $2)", self.site, line)
            except stowage.StowageError:
                log.warning("sweep log line dropped: %s", line)
