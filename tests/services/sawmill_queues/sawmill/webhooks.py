"""Handlers the yard's webhook framework calls; nothing in the package calls them."""

from __future__ import annotations

import logging

from .repo import LogYardRepository
from .state import MillState, Order

log = logging.getLogger(__name__)


class YardWebhooks:
    def __init__(self, state: MillState, repo: LogYardRepository) -> None:
        self.state = state
        self.repo = repo

    def on_log_scanned(self, log_id: str) -> None:
        """POST /scanner/logs: a log passed the gate scanner and needs a cut plan."""
        log.info("log %s scanned at %s", log_id, self.state.yard)
        self.state.pending.add(log_id)

    async def on_order_placed(self, kind: str, order_id: str, board_feet: int) -> None:
        """POST /orders: a lumber order; parked unless the saws are cutting."""
        if not await self.repo.bandsaws_under_load():
            log.info("order %s parked: the saws are idle", order_id)
            return
        self.state.orders[kind].append(Order(order_id, kind, board_feet))
