import asyncio

import asyncpg
from fastapi import FastAPI

from dispatch import settings
from dispatch.db import init_pool
from dispatch.poller import run_backlog_gauge, run_dispatch_poller

app = FastAPI()


@app.on_event("startup")
async def start_background_work():
    await init_pool()
    app.state.reporting = await asyncpg.create_pool(settings.DATABASE_URL, min_size=1)
    asyncio.create_task(run_dispatch_poller())
    asyncio.create_task(run_backlog_gauge())
