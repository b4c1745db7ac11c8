"""Maintenance tasks the poller runs by name; each gets the box and the repository."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from .repository import ClaimsRepository, fee_schedule_published

log = logging.getLogger(__name__)

MaintenanceTask = Callable[[Any, ClaimsRepository], None]

ROUTINE = ("vacuum", "reindex")


def vacuum_attachments(box: Any, repo: ClaimsRepository) -> None:
    box.fetch("/attachments/vacuum", method="POST")


def reindex_claims(box: Any, repo: ClaimsRepository) -> None:
    if not repo.claims_in_adjudication():
        return
    box.fetch("/claims/reindex", method="POST")


def refresh_fee_schedule(box: Any, repo: ClaimsRepository) -> None:
    if fee_schedule_published(repo.cache):
        log.info("a new fee schedule is out; the engine reloads it")
        box.set_env_var("FEE_SCHEDULE", "latest")


MAINTENANCE: dict[str, MaintenanceTask] = {
    "vacuum": vacuum_attachments,
    "reindex": reindex_claims,
}
MAINTENANCE["fees"] = refresh_fee_schedule
