"""The connection pool: made once at start-up, handed out to everything after."""

import asyncpg

from dispatch import settings

_pool = None


async def init_pool():
    global _pool
    _pool = await asyncpg.create_pool(settings.DATABASE_URL, min_size=2, max_size=10)


def get_pool():
    return _pool
