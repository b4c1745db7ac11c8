"""The mews room: its alarm runs every ten minutes."""

from __future__ import annotations

import logging

from . import checks  # noqa: F401 - registers the checks
from .registry import FLIGHT_DAY_CHECKS, MEWS_CHECKS, CheckContext

log = logging.getLogger(__name__)


class MewsRoom:
    def __init__(self, context: CheckContext) -> None:
        self.context = context

    async def alarm(self) -> None:
        for check in MEWS_CHECKS:
            log.debug("mews check %s", check.__name__)
            await check(self.context)
        if await self.context.records.birds_are_flying():
            for check in FLIGHT_DAY_CHECKS:
                await check(self.context)
