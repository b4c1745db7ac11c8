"""The planetarium's room: its alarm runs every five minutes."""

from __future__ import annotations

import logging
import operator

import kvbox

from .bookings import ShowBookings, star_catalogue_epoch_changed
from .rig import ShowRig

log = logging.getLogger(__name__)

projector_of = operator.attrgetter("dome.projector")
house_lights_of = operator.attrgetter("house_lights")
warm_lamp = operator.methodcaller("fetch", "/lamp/warm", method="POST")
switch_epoch = operator.methodcaller("set_env_var", "STAR_EPOCH", "J2050")


class PlanetariumRoom:
    def __init__(self, rig: ShowRig, bookings: ShowBookings, cache: kvbox.AsyncCache) -> None:
        self.rig = rig
        self.bookings = bookings
        self.cache = cache

    async def alarm(self) -> None:
        projector = projector_of(self.rig)
        await projector.fetch("/lamp/hours")  # expect: WC001
        await warm_lamp(projector)  # expect: WC001
        lights = house_lights_of(self.rig)
        await lights.fetch("/house/dim?level=20")
        seats, desk = operator.attrgetter("seat_map", "sound_desk")(self.rig)
        await desk.fetch("/sound/line-check")  # expect: WC001
        log.debug("%d seats mapped", len(seats))

        if await self.bookings.audience_seated():
            start_show = operator.methodcaller("fetch", "/show/start", method="POST")
            await start_show(projector)
        for seat in await self.bookings.seat_reservations():
            await operator.methodcaller("fetch", f"/seats/{seat}/light", method="POST")(desk)
        if await star_catalogue_epoch_changed(self.cache):
            await switch_epoch(projector)  # expect: WC002
