import redis
from redis import asyncio as aioredis

REDIS_URL = "redis://queue-cache:6379/0"

sync_client = redis.Redis.from_url(REDIS_URL, decode_responses=True)
async_client = aioredis.from_url(REDIS_URL)
