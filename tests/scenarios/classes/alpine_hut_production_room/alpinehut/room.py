"""The hut's room: the platform runs its alarm every five minutes."""

from __future__ import annotations

import logging

import kvbox

from . import tasks
from .base import HutRoomBase
from .register import HutRegister
from .settings import HutSettings
from .units import open_hut_unit

log = logging.getLogger(__name__)


class AlpineHutRoom(HutRoomBase):
    hut_name = "capanna"

    def __init__(self, settings: HutSettings, register: HutRegister, cache: kvbox.AsyncCache) -> None:
        utility = open_hut_unit(settings, "utility")
        self._utility = utility
        self.radio = open_hut_unit(settings, "radio")
        self.heating = open_hut_unit(settings, "heating")
        self.helipad = open_hut_unit(settings, "helipad")
        self.snow_stakes = {stake: open_hut_unit(settings, f"stake-{stake}") for stake in settings.snow_stakes}
        self.register = register
        self.cache = cache
        self.occupied = True  # a new hut assumes guests until the first tick checks

    async def alarm(self) -> None:
        self.occupied = await self.register.hut_has_guests()
        for task in tasks.HUT_TASKS:
            log.debug("hut task %s", task.__name__)
            await task(self)
        await self.register.record_warden_note("tick done")
