"""Wiring for the planetarium worker."""

from __future__ import annotations

from collections.abc import Mapping

import kvbox
import stowage

from .bookings import ShowBookings
from .rig import Dome, HallDimmer, ShowRig, open_show_unit
from .room import PlanetariumRoom
from .settings import PlanetariumSettings


async def build_planetarium_room(env: Mapping[str, str]) -> PlanetariumRoom:
    settings = PlanetariumSettings.from_env(env)
    rig = ShowRig(
        dome=Dome(open_show_unit(settings, "projector")),
        sound_desk=open_show_unit(settings, "sound"),
        house_lights=HallDimmer(universe=1),
        seat_map={"A1": "aisle"},
    )
    bookings = ShowBookings(await stowage.connect_async(settings.dsn))
    return PlanetariumRoom(rig, bookings, kvbox.AsyncCache(settings.cache_url))
