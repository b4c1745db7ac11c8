"""Inverter gateway containers and the links built on them."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class InverterBox:
    """The platform's container stub for the inverter gateway."""

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    async def set_env_var(self, name: str, value: str) -> None:
        raise NotImplementedError("bound by the platform")


def checkout_inverter_box(site: str, role: str = "primary") -> InverterBox:
    log.info("checking out the %s inverter box of %s", role, site)
    return InverterBox()


class TelemetryLink:
    def __init__(self, box: Any, site: str) -> None:
        self.box = box
        self.site = site

    async def send(self, sample: dict[str, Any]) -> None:
        await self.box.fetch(f"/sites/{self.site}/telemetry", method="POST", json=sample)


class ExportLink:
    def __init__(self, box: Any, limit_kw: int) -> None:
        self.box = box
        self.limit_kw = limit_kw

    async def open(self) -> None:
        await self.box.fetch("/export/open", method="POST", json={"limit_kw": self.limit_kw})

    async def flush(self) -> None:
        await self.box.fetch("/export/flush", method="POST")
