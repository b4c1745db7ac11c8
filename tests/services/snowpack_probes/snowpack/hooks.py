"""Hook factories and the monitor's action table."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from .probes import probe_box
from .store import SnowpackStore

log = logging.getLogger(__name__)

Hook = Callable[[], Awaitable[None]]


def make_ping_hook(box: Any, station: str) -> Hook:
    async def ping() -> None:
        await box.fetch("/ping", method="POST", json={"station": station})

    return ping


def make_cornice_hook(store: SnowpackStore) -> Hook:
    async def clear_cornices() -> None:
        for alert in await store.cornice_alerts_pending():
            await probe_box().fetch(f"/cornices/{alert.alert_id}/clear", method="POST")

    return clear_cornices


def build_actions() -> dict[str, Callable[[], Awaitable[Any]]]:
    return {
        "thaw": lambda: probe_box().fetch("/thaw/arm", method="POST"),
        "freeze": lambda: asyncio.sleep(0),
    }
