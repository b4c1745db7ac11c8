"""The lehr box (a module global set at start-up) and the per-process tick state."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)


class LehrBox:
    """The platform's container stub for the lehr's PLC bridge."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def line_name(self) -> str:
        raise NotImplementedError("bound by the platform")


class LehrReplyError(Exception):
    """The PLC bridge refused a command."""


_lehr: Any = None


def provision_lehr_box(line: str) -> LehrBox:
    log.info("lehr box for %s", line)
    return LehrBox()


def init_lehr(line: str) -> None:
    global _lehr
    _lehr = provision_lehr_box(line)


def lehr() -> Any:
    if _lehr is None:
        raise LookupError("init_lehr() has not run")
    return _lehr


@dataclass
class TickState:
    loads_waiting: bool = False
    ticks: int = 0


_state = TickState()


def sync_state_if_dirty() -> None:
    """Pushes the tick's view of the belt to the PLC, only when loads were waiting."""
    if _state.loads_waiting:
        lehr().fetch("/state/sync", method="POST", json={"tick": _state.ticks})
