"""The database pool: made once at start-up, handed to whoever asks."""
import logging

import asyncpg

from kelpfarm import settings

log = logging.getLogger(__name__)
_pool = None


async def init_kelp_pool():
    global _pool
    _pool = await asyncpg.create_pool(settings.DATABASE_DSN)
    log.info("kelp pool ready")


def kelp_pool():
    return _pool
