"""The web app: its lifespan opens the pool and starts the planner."""
import asyncio
import contextlib
import logging

from kelpfarm.db import init_kelp_pool
from kelpfarm.planner import HarvestPlanner

log = logging.getLogger(__name__)


@contextlib.asynccontextmanager
async def lifespan(app):
    await init_kelp_pool()
    planner = HarvestPlanner(crew_size=4)
    task = asyncio.create_task(planner.run_forever())
    log.info("kelp farm up")
    yield
    task.cancel()
