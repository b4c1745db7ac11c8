"""Module-level steps; each takes the room."""

from __future__ import annotations

import logging
from typing import Any

from .decorators import requires_activity, retrying

log = logging.getLogger(__name__)


@requires_activity
def push_qc_metrics(room: Any) -> None:
    metrics = {"instrument": room.settings.instrument, "cluster_density": "pending"}
    room.box_sync_queue.append(("/qc/metrics", metrics))


@requires_activity
async def stage_sample_sheets(room: Any) -> None:
    await room.box.fetch("/samples/stage", method="POST")


@retrying(2)
async def pull_run_manifests(room: Any) -> None:
    response = await room.lims.get(f"/instruments/{room.settings.instrument}/manifests")
    response.raise_for_status()
    await room.box.fetch("/manifests/load", method="POST", json=response.json())
