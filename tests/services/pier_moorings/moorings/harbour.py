"""The buoy-telemetry container and the harbour client the process works through."""

from __future__ import annotations

import logging
from contextvars import ContextVar, Token
from typing import Any

log = logging.getLogger(__name__)


class MooringBuoyBox:
    """The platform's stub for the buoy-telemetry container."""

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def pier_name(self) -> str:
        raise NotImplementedError("bound by the platform")


def moor_buoy_box(region: str) -> MooringBuoyBox:
    log.info("mooring the buoy box in %s", region)
    return MooringBuoyBox()


class HarbourNotReady(Exception):
    """No harbour client in this context: start-up has not run."""


class HarbourClient:
    def __init__(self, region: str) -> None:
        self.region = region
        self.box = moor_buoy_box(region)

    @staticmethod
    def buoy_path(buoy_id: str, action: str) -> str:
        return f"/buoys/{buoy_id}/{action}"


_current_harbour: ContextVar[HarbourClient] = ContextVar("marina_harbour_client")


def use_harbour(client: HarbourClient) -> Token[HarbourClient]:
    return _current_harbour.set(client)


def harbour_client() -> HarbourClient:
    client = _current_harbour.get(None)
    if client is None:
        raise HarbourNotReady("launch_marina() has not run in this context")
    return client


def harbour_box() -> MooringBuoyBox:
    return harbour_client().box
