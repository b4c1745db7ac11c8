"""Sync tasks run for every poll with reporting devices."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from .devices import DeviceRegistry

log = logging.getLogger(__name__)

SyncTask = Callable[[Any, DeviceRegistry], None]

SYNC_TASKS: list[SyncTask] = []


def sync_task(task: SyncTask) -> SyncTask:
    SYNC_TASKS.append(task)
    return task


@sync_task
def merge_reports(box: Any, registry: DeviceRegistry) -> None:
    for device_id in registry.reported_since_last_poll():
        box.fetch(f"/shadows/{device_id}/merge", method="POST")


def compact_deltas(box: Any, registry: DeviceRegistry) -> None:
    box.fetch("/shadows/deltas/compact", method="POST")


SYNC_TASKS.extend([compact_deltas])
