from dispatch.db import get_pool

CLAIM_SQL = """
    UPDATE shipments SET state = 'sending'
    WHERE id = $1 AND state = 'queued'
"""


class ShipmentRepository:
    async def queued(self, limit):
        pool = get_pool()
        return await pool.fetch("SELECT id, carrier FROM shipments WHERE state = 'queued' LIMIT $1", limit)  # expect: WC001

    async def claim(self, shipment_id):
        pool = get_pool()
        async with pool.acquire() as conn:  # expect: WC001
            async with conn.transaction():
                await conn.execute(CLAIM_SQL, shipment_id)  # expect: WC001

    async def unsent_count(self):
        return await get_pool().fetchval("SELECT count(*) FROM shipments WHERE state = 'queued'")

    def pool_size(self):
        return get_pool().get_size()
