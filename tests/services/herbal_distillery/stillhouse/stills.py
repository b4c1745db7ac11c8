"""Running one job per still at once: a dict of still names to coroutine functions."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping

log = logging.getLogger(__name__)

StillJob = Callable[[str], Awaitable[float]]


def launch_still_tasks(jobs: Mapping[str, StillJob]) -> dict[str, asyncio.Task[float]]:
    return {name: asyncio.create_task(job(name), name=f"still:{name}") for name, job in jobs.items()}


async def run_still_jobs(jobs: Mapping[str, StillJob]) -> dict[str, float]:
    tasks = launch_still_tasks(jobs)
    readings = await asyncio.gather(*tasks.values())
    log.debug("%d still jobs done", len(readings))
    return dict(zip(tasks, readings))
