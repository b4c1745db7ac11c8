"""What every site room shares: attached boxes and the cycle template."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class SiteRoomBase:
    site_name = "site"

    def __init__(self, standby: Any = None) -> None:
        self._box: Any = None
        self._spare: Any = None
        self._standby: Any = standby
        self._export_link: Any = None
        self.cycles = 0

    def attach(self, box: Any, spare: Any) -> None:
        self._box = box
        self._spare = spare
        log.info("%s attached to %s", self.site_name, box.firmware_tag())

    @property
    def box(self) -> Any:
        if self._box is None:
            raise LookupError(f"{self.site_name} is not attached")
        return self._box

    async def run_cycle(self) -> None:
        self.cycles += 1
        await self.before_cycle()
        try:
            await self.cycle_body()
        finally:
            await self.after_cycle()

    async def before_cycle(self) -> None:
        log.debug("cycle %d of %s", self.cycles, self.site_name)

    async def cycle_body(self) -> None:
        raise NotImplementedError

    async def after_cycle(self) -> None:
        log.debug("cycle %d of %s done", self.cycles, self.site_name)
