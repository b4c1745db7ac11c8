"""The gate box container, and the gatekeeper every module shares (the 2015 SCADA bridge)."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class GateBox:
    """The platform's container stub for the spillway's gate controller."""

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    async def set_env_var(self, name: str, value: str) -> None:
        raise NotImplementedError("bound by the platform")

    def gate_label(self) -> str:
        raise NotImplementedError("bound by the platform")


def provision_gate_box(site: str) -> GateBox:
    log.info("gate box for %s", site)
    return GateBox()


class GateKeeper:
    def __init__(self) -> None:
        self.box: GateBox | None = None
        self.site = ""
        self.nudges = 0

    def configure(self, *, box: GateBox, site: str) -> None:
        self.box = box
        self.site = site

    async def nudge(self, reason: str) -> None:
        if self.box is None:
            raise LookupError("gatekeeper.configure() has not run")
        self.nudges += 1
        await self.box.fetch("/keeper/nudge", method="POST", json={"reason": reason, "site": self.site})


gatekeeper = GateKeeper()
