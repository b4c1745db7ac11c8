"""What the scheduler runs every minute."""

from __future__ import annotations

import logging

from .bounces import BounceProcessor
from .dkim import dkim_rotation_due
from .maintenance import maintenance_steps
from .runtime import get_cache, get_relay, get_repo, get_settings

log = logging.getLogger(__name__)


async def send_outgoing() -> int:
    batches = get_repo().outgoing_batches(get_settings().batch_size)
    sent = 0
    while (batch := await anext(batches, None)) is not None:
        await get_relay().fetch("/send", method="POST", json=[dict(row) for row in batch])
        sent += len(batch)
    return sent


async def rotate_dkim_if_due() -> None:
    if await dkim_rotation_due(get_cache()):
        relay = get_relay()
        await relay.set_env_var("DKIM_SELECTOR", "next")


async def run_once() -> None:
    for step in maintenance_steps(get_settings()):
        await step()
    if await get_repo().mailbox_has_traffic():
        log.info("sent %d", await send_outgoing())
    await BounceProcessor().process()
    await rotate_dkim_if_due()
