"""Requests every gateway client makes; the class stores its target in ``gateway``."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class GatewayClientMixin:
    gateway: Any = None

    def _gateway_post(self, path: str, **payload: Any) -> bool:
        resp = self.gateway.post(path, json=payload)  # expect: WC001
        if not resp.ok:
            log.warning("gateway answered %s to %s", resp.status, path)
        return resp.ok

    def _gateway_put(self, path: str, **payload: Any) -> None:
        self.gateway.put(path, json=payload)

    def _gateway_stream(self, path: str, events: list[str]) -> None:
        self.gateway.stream(path, events=events)

    def _gateway_reset(self, counter: str) -> None:
        self.gateway.reset_counter(counter)  # expect: WC002

    def _gateway_note(self, text: str) -> None:
        self.gateway.note(text)
