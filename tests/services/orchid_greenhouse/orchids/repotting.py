"""The repotting queue: each ticket becomes a job on the potting bench."""

from __future__ import annotations

import asyncio
import logging

from .boxes import BenchBoxes
from .notifiers import GrowerNotifier
from .repository import GreenhouseRepository, RepotTicket

log = logging.getLogger(__name__)


class RepotQueue:
    def __init__(self, repo: GreenhouseRepository, notifier: GrowerNotifier, gate: asyncio.Semaphore) -> None:
        self.repo = repo
        self.notifier = notifier
        self._gate = gate

    async def dispatch(self) -> int:
        tickets = await self.repo.orchids_awaiting_repot()
        by_zone: dict[str, list[RepotTicket]] = {}
        for ticket in tickets:
            by_zone.setdefault(ticket.zone_id, []).append(ticket)
        for zone_id, zone_tickets in by_zone.items():
            async with self._gate:
                await BenchBoxes.for_role("potting").fetch("/repot/jobs", method="POST", json={"plants": [t.plant_id for t in zone_tickets]})
            await self.notifier.announce(zone_id, f"{len(zone_tickets)} orchids queued for repotting")
        return len(tickets)
