"""The database pool, opened once at start-up; a repository over it."""
import logging

import asyncpg

from peatbog import settings

log = logging.getLogger(__name__)
_pool = None


async def open_bog_pool():
    global _pool
    _pool = await asyncpg.create_pool(settings.DATABASE_DSN, min_size=0)
    log.info("bog pool open")


def bog_pool():
    return _pool


class CuttingRepository:
    def __init__(self, pool):
        self.pool = pool

    async def due_banks(self):
        return await self.pool.fetch("SELECT bank FROM peat_banks WHERE cut_due < now()")  # expect: WC001

    async def mark_cut(self, bank):
        await self.pool.execute("UPDATE peat_banks SET cut_at = now() WHERE bank = $1", bank)
