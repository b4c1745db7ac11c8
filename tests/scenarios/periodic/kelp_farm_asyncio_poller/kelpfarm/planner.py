"""Harvest planning: reads the lines due for harvest, every minute, whether or not any are."""
import asyncio
import logging

from kelpfarm import settings
from kelpfarm.db import kelp_pool

log = logging.getLogger(__name__)


class HarvestPlanner:
    def __init__(self, crew_size: int) -> None:
        self.crew_size = crew_size
        self.known_lines: list[str] = []

    async def run_forever(self) -> None:
        pool = kelp_pool()
        self.known_lines = await pool.fetch("SELECT id FROM kelp_lines")
        log.info("planner watching %d lines", len(self.known_lines))
        while True:
            due = await pool.fetch("SELECT id FROM kelp_lines WHERE due_at < now()")  # expect: WC001
            if due:
                await self.assign(pool, due)
            await asyncio.sleep(settings.HARVEST_POLL_SECONDS)

    async def assign(self, pool, due) -> None:
        for line in due[: self.crew_size]:
            await pool.execute("UPDATE kelp_lines SET crew = $1 WHERE id = $2", self.crew_size, line)  # expect: WC001
