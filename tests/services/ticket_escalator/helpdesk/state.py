"""Process-wide helpdesk state."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)

_desk: tuple[str, Any] | None = None


class HelpdeskBox:
    """The platform's container stub for the helpdesk engine."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")


def reserve_helpdesk_box(queue: str) -> HelpdeskBox:
    log.info("helpdesk box for queue %s", queue)
    return HelpdeskBox()


def init(queue: str) -> None:
    global _desk
    _desk = (queue, reserve_helpdesk_box(queue))


def desk() -> tuple[str, Any]:
    if _desk is None:
        raise LookupError("state.init() has not run")
    return _desk


def publish_oncall_roster(box: Any, roster: list[str]) -> None:
    """Replaces the roster; the helpdesk engine reloads its routing."""
    box.fetch("/roster", method="PUT", json=roster)
