"""Lending tasks, registered by name at import; each gets the room."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

log = logging.getLogger(__name__)

Task = Callable[[Any], Awaitable[None]]

LENDING_TASKS: dict[str, Task] = {}


def lending_task(name: str) -> Callable[[Task], Task]:
    def register(task: Task) -> Task:
        LENDING_TASKS[name] = task
        return task

    return register


@lending_task("renewals")
async def process_renewals(room: Any) -> None:
    if not room._active:
        return
    for loan_id in await room.ledger.renewals_requested():
        await room.box_pair.primary.fetch(f"/loans/{loan_id}/renew", method="POST")


@lending_task("hold-expiry")
async def expire_holds(room: Any) -> None:
    for hold in await room.ledger.overdue_holds():
        await room.box_pair.primary.fetch(f"/holds/{hold.hold_id}/expire", method="POST")
