"""Services the container builds, and the event handlers."""

from __future__ import annotations

import logging

from .boxes import PermitClient, get_permit_client
from .repo import PermitRepository, TickSummary
from .wiring import TidepoolContainer

log = logging.getLogger(__name__)


class PermitReviewer:
    """Registered as a class: the container calls it with itself."""

    def __init__(self, container: TidepoolContainer) -> None:
        self.repo: PermitRepository = container.resolve("repo")
        self.client = get_permit_client("reviews", self.repo.region)

    async def sync_reviews(self) -> None:
        await self.client.session.box.fetch(PermitClient.path_for("reviews"), method="POST")


class QuotaKeeper:
    def __init__(self, repo: PermitRepository, client: PermitClient) -> None:
        self.repo = repo
        self.client = client

    async def on_tick_done(self, summary: TickSummary) -> None:
        if await self.repo.quota_stale():
            await self.client.session.box.fetch(PermitClient.path_for("quota"), method="PUT")


async def send_digest(summary: TickSummary) -> None:
    if summary.notices_sent > 0:
        client = get_permit_client("digest", summary.region)
        await client.session.box.fetch(PermitClient.path_for("digest"), method="POST", json={"sent": summary.notices_sent})
