"""Capabilities a site room mixes in."""

from __future__ import annotations

import logging
from functools import cached_property
from typing import Any

from .gateway import TelemetryLink

log = logging.getLogger(__name__)


class TelemetryMixin:
    box: Any
    site_name: str

    @cached_property
    def telemetry_link(self) -> TelemetryLink:
        return TelemetryLink(self.box, self.site_name)

    async def push_telemetry(self, sample: dict[str, Any]) -> None:
        await self.telemetry_link.send(sample)


class RedundancyMixin:
    _spare: Any
    _standby: Any

    async def exercise_spare(self) -> None:
        if self._spare is not None:
            await self._spare.fetch("/self-test", method="POST")

    async def probe_standby(self) -> None:
        if self._standby is not None:
            await self._standby.fetch("/standby/probe")
