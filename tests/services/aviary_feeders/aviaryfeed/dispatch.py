"""Commands sent to the hopper controller."""

from __future__ import annotations

import logging
from typing import Any

from .triage import FeedingPlan

log = logging.getLogger(__name__)


class FeederDispatcher:
    def __init__(self, box: Any) -> None:
        self.box = box

    async def top_up(self, feeder_id: str) -> None:
        await self.box.fetch(f"/feeders/{feeder_id}/top-up", method="POST")

    async def dispense(self, plan: FeedingPlan) -> None:
        await self.box.fetch(f"/zones/{plan.zone}/dispense", method="POST", json={"grams": plan.grams})

    async def clear_jam(self, feeder_id: str) -> None:
        log.warning("clearing a jammed auger on %s", feeder_id)
        await self.box.fetch(f"/feeders/{feeder_id}/auger/reverse", method="POST")

    async def restock_hoppers(self, zone: str) -> bool:
        reply = await self.box.fetch(f"/zones/{zone}/hoppers/restock", method="POST")
        if not reply.ok:
            log.warning("restock in %s refused; next week's tick retries", zone)
            return False
        await self.box.set_env_var("AVIARY_LAST_RESTOCK_ZONE", zone)
        return True
