"""An audit trail that writes into the list it is given."""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


class MillAuditor:
    def __init__(self, sink: list[str]) -> None:
        self.sink = sink

    def note(self, event: str) -> None:
        log.debug("audit: %s", event)
        self.sink.append(event)
