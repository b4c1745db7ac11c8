import asyncpg

_pool = None


async def open_vat_pool(dsn: str) -> None:
    global _pool
    _pool = await asyncpg.create_pool(dsn, min_size=0)


def vat_pool():
    return _pool
