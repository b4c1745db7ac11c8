from sqlalchemy import create_engine
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import sessionmaker

engine = create_engine("postgresql+psycopg://carts-db/shop", pool_pre_ping=True)
SessionLocal = sessionmaker(bind=engine)

async_engine = create_async_engine("postgresql+asyncpg://carts-db/shop")
AsyncSessionLocal = async_sessionmaker(async_engine, expire_on_commit=False)
