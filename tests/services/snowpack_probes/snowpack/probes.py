"""The probe gateway box (a module global set at start-up) and the monitor's shared state."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)


class SnowpackBox:
    """The platform's container stub for the probe gateway."""

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def station_code(self) -> str:
        raise NotImplementedError("bound by the platform")


_box: Any = None


def provision_snowpack_box(station: str) -> SnowpackBox:
    log.info("probe gateway for %s", station)
    return SnowpackBox()


def init_probes(station: str) -> None:
    global _box
    _box = provision_snowpack_box(station)


def probe_box() -> Any:
    if _box is None:
        raise LookupError("init_probes() has not run")
    return _box


@dataclass
class MonitorState:
    unsynced: bool = False
    last_level: int = 0


_state = MonitorState()
