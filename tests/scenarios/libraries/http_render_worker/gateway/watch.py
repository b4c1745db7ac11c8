import asyncio

import aiohttp
import httpx
import requests

from gateway.settings import RENDER_WORKER_URL, STATUS_PAGE_URL

worker = httpx.AsyncClient(base_url=RENDER_WORKER_URL, timeout=10)


async def watch_render_queue():
    async with aiohttp.ClientSession() as session:
        while True:
            await worker.post("/jobs/claim", json={"limit": 5})  # expect: WC001
            async with session.get(f"{RENDER_WORKER_URL}/queue") as resp:  # expect: WC001
                await resp.json()
            await asyncio.sleep(20)


def probe_dependencies():
    requests.get(STATUS_PAGE_URL, timeout=3)
    httpx.get("https://render-worker.fly.dev/healthz")  # expect: WC001
    requests.request("DELETE", f"{RENDER_WORKER_URL}/cache")  # expect: WC001
