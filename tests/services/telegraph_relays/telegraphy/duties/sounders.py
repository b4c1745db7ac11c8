"""Sounder duties: put each undelivered telegram on the wire."""

from __future__ import annotations

import logging

from ..receipts import on_telegram_sounded
from ..registry import DutyContext, register

log = logging.getLogger(__name__)


@register("sounder")
def sound_undelivered(ctx: DutyContext) -> None:
    for telegram in ctx.ledger.undelivered_telegrams():
        reply = ctx.line.box.fetch(f"/telegrams/{telegram.serial}/sound", method="POST", json={"to": telegram.addressee})
        on_telegram_sounded(telegram, delivered=reply.ok)
