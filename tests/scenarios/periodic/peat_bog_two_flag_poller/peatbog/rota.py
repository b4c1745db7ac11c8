"""The cutting rota: polls for banks due, while it runs and no halt was asked for."""
import asyncio
import logging

from peatbog import settings
from peatbog.store import CuttingRepository, bog_pool

log = logging.getLogger(__name__)


class CuttingRota:
    def __init__(self):
        self._running = True
        self._halt = asyncio.Event()
        self.cut_today = 0

    def halt(self):
        self._running = False
        self._halt.set()

    async def run(self):
        repo = CuttingRepository(bog_pool())
        while self._running and not self._halt.is_set():
            for row in await repo.due_banks():
                await repo.mark_cut(row["bank"])
                self.cut_today += 1
            log.debug("cut %d banks today", self.cut_today)
            await asyncio.sleep(settings.ROTA_POLL_SECONDS)
