from sqlalchemy import select, text

from carts.database import AsyncSessionLocal, SessionLocal, async_engine
from carts.models import Cart


def sweep_abandoned_carts():
    stmt = select(Cart).where(Cart.abandoned.is_(True))
    with SessionLocal() as session:
        carts = session.scalars(stmt).all()  # expect: WC001
        for cart in carts:
            session.delete(cart)  # expect: WC001
        session.commit()


async def refresh_cart_stats():
    async with async_engine.begin() as conn:  # expect: WC001
        await conn.execute(text("REFRESH MATERIALIZED VIEW cart_stats"))  # expect: WC001
    async with AsyncSessionLocal() as session:
        await session.execute(select(Cart.id).limit(1))  # expect: WC001
