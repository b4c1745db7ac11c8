"""Delivery receipts: the sounder's handler collects them, the round sends them in one batch."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from .keying import RelayLine
from .ledger import Telegram

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DeliveryReceipt:
    serial: str
    addressee: str


# Receipts of telegrams sounded since the last batch went out.
_pending: list[DeliveryReceipt] = []


def on_telegram_sounded(telegram: Telegram, delivered: bool) -> None:
    """Handler the sounder duty calls for each telegram it put on the wire."""
    if not delivered:
        log.warning("telegram %s was not taken by the far station", telegram.serial)
        return
    _pending.append(DeliveryReceipt(telegram.serial, telegram.addressee))


def send_receipts(line: RelayLine) -> None:
    if not _pending:
        return
    log.info("sending %d delivery receipts from %s", len(_pending), line.station)
    line.box.fetch("/receipts", method="POST", json={"serials": [r.serial for r in _pending]})
    _pending.clear()
